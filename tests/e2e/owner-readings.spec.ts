import { expect, monthStart, test, type Factory } from "./factories";
import { signIn } from "./sign-in";

/** A process owner of the test's own with one monthly KPI, read for the months given (months back). */
async function ownerWithKpi(make: Factory, monthsRead: readonly number[]) {
  const owner = await make.user("process_owner", "service desk lead");
  const kpi = await make.kpi({
    label: "Tickets resolved at first contact",
    ownerId: owner.id,
    layer: "supply",
    scorecard: "operational",
    unit: "%",
    direction: "higher",
    target: 70,
    redFlag: 50,
    frequency: "monthly",
  });
  await make.readings(
    kpi.id,
    monthsRead.map((monthsBack) => ({ period: monthStart(monthsBack), value: 60 + monthsBack })),
  );
  return { owner, kpi };
}

test("Process owner: enters a reading from My KPIs, is told off for a future period, corrects it with a reason", async ({ page, make }) => {
  test.slow(); // three page loads and four form posts
  // Read two and three months ago: last month's reading is due, and nobody has entered one.
  const { owner, kpi } = await ownerWithKpi(make, [3, 2]);
  await signIn(page, owner.email, owner.password);
  await page.goto("/kpis/mine");
  await expect(page.getByTestId("due-summary")).toBeVisible();
  const row = page.getByTestId("my-kpis").getByRole("row").filter({ hasText: kpi.code });
  await row.getByRole("link", { name: "Enter reading" }).click();
  await expect(page).toHaveURL(/\/kpis\/[^/]+#enter-reading$/);
  await expect(page).toHaveURL(`/kpis/${kpi.code}#enter-reading`);
  // Submitting before hydration would post the form natively instead of through the action.
  await page.waitForLoadState("networkidle");

  const form = page.getByTestId("reading-entry-form");
  const period = form.getByLabel(/^Period/);
  const duePeriod = await period.inputValue();
  expect(duePeriod).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  await period.fill("2099-01-01");
  await form.getByLabel(/^Value/).fill("42.42");
  await form.getByLabel(/^Note/).fill("Entered by the end-to-end test");
  await form.getByRole("button", { name: "Save reading" }).click();
  await expect(form.getByText("Period 2099-01-01 is in the future")).toBeVisible();

  // The due period has no reading yet, so this one is saved as it is.
  await period.fill(duePeriod);
  await form.getByRole("button", { name: "Save reading" }).click();
  await expect(form.getByTestId("form-message")).toContainText(/Saved|Corrected to/);
  await expect(form.getByTestId("form-message")).toContainText(/^Saved 42\.42/);

  // Same period, new value: a correction, which asks for a reason first.
  await period.fill(duePeriod);
  await form.getByLabel(/^Value/).fill("43.43");
  await form.getByLabel(/^Note/).fill("Entered by the end-to-end test");
  await form.getByRole("button", { name: "Save reading" }).click();
  await expect(form.getByText(/already has a reading of 42\.42.* give a reason for the correction/)).toBeVisible();
  await form.getByLabel("Reason for the correction").fill("Recounted the tickets");
  await form.getByRole("button", { name: "Save correction" }).click();
  await expect(form.getByTestId("form-message")).toContainText("Corrected to 43.43");

  const history = page.getByTestId("reading-history");
  await expect(history.locator("tr", { hasText: "43.43" })).toContainText("Current");
  await expect(history.locator("tr", { hasText: "43.43" })).toContainText("Correction: Recounted the tickets");
  await expect(history.locator("tr", { hasText: "42.42" })).toContainText("Superseded");
});

test("Viewer: sees a KPI's readings but no form to enter one", async ({ browser, make }) => {
  test.slow(); // two people sign in, four page loads
  const { owner, kpi } = await ownerWithKpi(make, [2, 1]);
  const ownerPage = await (await browser.newContext()).newPage();
  await signIn(ownerPage, owner.email, owner.password);
  await ownerPage.goto("/kpis/mine");
  const kpiPath = await ownerPage
    .getByTestId("my-kpis")
    .getByRole("row")
    .filter({ hasText: kpi.code })
    .getByRole("link", { name: "Enter reading" })
    .getAttribute("href");
  expect(kpiPath).toBeTruthy();

  const page = await (await browser.newContext()).newPage();
  await signIn(page, "viewer@example.com");
  await page.goto(String(kpiPath).replace("#enter-reading", ""));
  await expect(page.getByRole("heading", { name: kpi.name })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Readings" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Enter a reading" })).toHaveCount(0);
  await expect(page.getByTestId("reading-entry-form")).toHaveCount(0);
});
