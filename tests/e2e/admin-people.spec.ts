import { expect, test } from "./factories";
import { signIn } from "./sign-in";

// A process owner leaves: the administrator deactivates them (their session stops at once) and
// hands their KPI and process to a colleague, after checking what would move.
test("Administrator deactivates a leaver and hands their KPI and process to a colleague", async ({ page, browser, make }) => {
  test.slow(); // two browsers, four form posts
  const leaver = await make.user("process_owner", "leaving owner");
  const heir = await make.user("process_owner", "colleague");
  const kpi = await make.kpi({
    label: "Change success rate",
    ownerId: leaver.id,
    layer: "supply",
    scorecard: "operational",
    unit: "%",
    direction: "higher",
    target: 95,
    redFlag: 85,
    frequency: "monthly",
  });
  const process = await make.process({ ownerId: leaver.id, label: "Release management", steps: ["Plan the release", "Deploy"] });

  // The leaver is signed in elsewhere.
  const theirs = await browser.newContext();
  const theirPage = await theirs.newPage();
  await signIn(theirPage, leaver.email, leaver.password);

  await signIn(page, "admin@example.com");
  await page.goto("/admin");
  await page.getByRole("link", { name: leaver.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: leaver.name })).toBeVisible();
  const owned = page.getByTestId("owned");
  await expect(owned.getByRole("region", { name: "KPIs" })).toContainText(kpi.name);
  await expect(owned.getByRole("region", { name: "Processes" })).toContainText(process.name);

  await page.getByRole("button", { name: "Deactivate…" }).click();
  await expect(page.getByRole("form", { name: "Confirm deactivation" })).toContainText("signed out everywhere at once");
  await page.getByRole("button", { name: "Yes, deactivate" }).click();
  await expect(page.getByText(`${leaver.name} is deactivated: signed out everywhere, API tokens revoked.`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Reactivate" })).toBeVisible();

  // Their next page finds them signed out.
  await theirPage.goto("/kpis/mine");
  await expect(theirPage).toHaveURL(/\/login/);
  await theirs.close();

  const handOver = page.getByRole("form", { name: "Hand over" });
  await handOver.getByLabel("Who takes over").selectOption({ label: `${heir.name} · Process owner` });
  await handOver.getByRole("button", { name: "Check the hand-over" }).click();
  const confirm = page.getByRole("form", { name: "Confirm hand-over" });
  await expect(confirm).toContainText(`Hand 1 KPI, 1 process from ${leaver.name} to ${heir.name}?`);
  await confirm.getByRole("button", { name: `Yes, hand over to ${heir.name}` }).click();
  await expect(page.getByText(`Handed 1 KPI, 1 process to ${heir.name}.`)).toBeVisible();
  await expect(page.getByText(`${leaver.name} owns nothing that needs handing over.`)).toBeVisible();

  await page.goto(`/processes/${process.code}`);
  await expect(page.getByText(`Owner ${heir.name}`)).toBeVisible();
});
