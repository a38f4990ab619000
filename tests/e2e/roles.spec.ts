import { expect, test } from "./factories";
import { signIn } from "./sign-in";

const JOURNEYS = [
  { email: "cto@example.com", role: "Executive (CTO)", home: "/scorecards", heading: "Balanced scorecards", admin: false, setup: true },
  { email: "owner@example.com", role: "Process owner", home: "/kpis/mine", heading: "My KPIs", admin: false, setup: false },
  { email: "owner2@example.com", role: "Process owner", home: "/kpis/mine", heading: "My KPIs", admin: false, setup: false },
  { email: "board@example.com", role: "Governance board", home: "/backlog", heading: "Improvement backlog", admin: false, setup: false },
  { email: "admin@example.com", role: "Administrator", home: "/admin", heading: "Users and access", admin: true, setup: true },
  { email: "viewer@example.com", role: "Viewer", home: "/scorecards", heading: "Balanced scorecards", admin: false, setup: false },
] as const;

for (const journey of JOURNEYS) {
  test(`${journey.role} (${journey.email}): signs in, lands on their home, and signs out`, async ({ page }) => {
    await signIn(page, journey.email);
    await expect(page).toHaveURL(journey.home);
    await expect(page.getByRole("heading", { level: 1, name: journey.heading })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(page.getByTestId("signed-in-role").first()).toHaveText(journey.role);
    await expect(nav.getByRole("link", { name: "Scorecards" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Admin" })).toHaveCount(journey.admin ? 1 : 0);
    await expect(nav.getByRole("link", { name: "Set-up" })).toHaveCount(journey.setup ? 1 : 0);

    await page.getByRole("button", { name: "Sign out" }).first().click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto(journey.home);
    await expect(page).toHaveURL(/\/login/);
  });
}

test("Process owners: each sees only the KPIs they own", async ({ browser, make }) => {
  test.slow(); // two people sign in at once, four page loads
  // Two process owners of the test's own: one with two KPIs, one with one.
  const kpisOf = async (label: string, count: number) => {
    const owner = await make.user("process_owner", label);
    const codes: string[] = [];
    for (let n = 0; n < count; n++) {
      const kpi = await make.kpi({
        label: `${label} KPI ${n + 1}`,
        ownerId: owner.id,
        layer: "supply",
        scorecard: "operational",
        unit: "%",
        direction: "higher",
        target: 90,
        redFlag: 70,
        frequency: "monthly",
      });
      codes.push(kpi.code);
    }
    return { owner, codes };
  };
  const [first, second] = await Promise.all([kpisOf("change manager", 2), kpisOf("capacity manager", 1)]);
  const codesFor = async (user: { email: string; password: string }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, user.email, user.password);
    await page.goto("/kpis/mine");
    const codes = await page.getByTestId("my-kpis").locator("tr .font-mono").allTextContents();
    await context.close();
    return codes;
  };
  const [mine, theirs] = await Promise.all([codesFor(first.owner), codesFor(second.owner)]);
  expect(mine.length).toBeGreaterThan(0);
  expect(theirs.length).toBeGreaterThan(0);
  expect(mine.filter((code) => theirs.includes(code))).toEqual([]);
  expect([...mine].sort()).toEqual([...first.codes].sort());
  expect(theirs).toEqual(second.codes);
});

test("Viewer: the admin area is refused by the server, not just hidden", async ({ page }) => {
  await signIn(page, "viewer@example.com");
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/forbidden/);
  await expect(page.getByText("Your role does not give access to this page")).toBeVisible();
});
