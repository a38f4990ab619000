import { expect, test } from "@playwright/test";
import { signIn } from "./sign-in";

test("Executive: from the overview, drills from a red strategic KPI to the capability behind it, goes back in time, and opens the board pack", async ({
  page,
}) => {
  test.slow(); // seven page loads, each scoring the whole organisation
  // Seeded data that no test changes: the strategic KPIs and their drill-down, read as they are.
  await signIn(page, "cto@example.com");
  await expect(page).toHaveURL("/scorecards");
  for (const kind of ["strategic", "development", "operational"]) {
    await expect(page.getByTestId(`scorecard-${kind}`)).toContainText(/\d\.\d\/10|—\/10/);
  }
  await expect(page.getByTestId("priority-enablement")).toContainText("Real-time intraday trade risk");

  await page.getByRole("link", { name: "Open the IT Strategic scorecard →" }).click();
  await expect(page).toHaveURL("/scorecards/strategic");
  const demand = page.locator('[data-kpi="D-IDRISK"]');
  await expect(demand).toHaveAttribute("data-status", "red");
  await expect(demand.getByText("Off track").first()).toBeVisible();

  await page.getByRole("button", { name: "Show what supports Intraday trade-risk refresh latency" }).click();
  const supply = demand.locator('[data-kpi="S-SI-CYCLE"]');
  await expect(supply).toHaveAttribute("data-status", "red");
  await supply.getByRole("button", { name: /Show what supports Integration cycle time/ }).click();
  const capability = supply.locator('[data-kpi="C-STREAM-FEEDS"]');
  await expect(capability).toHaveAttribute("data-status", "red");

  await capability.getByRole("link", { name: "Trade feeds on the real-time streaming platform" }).click();
  await expect(page).toHaveURL(/\/kpis\/C-STREAM-FEEDS/);
  await expect(page.getByRole("heading", { level: 1, name: "Trade feeds on the real-time streaming platform" })).toBeVisible();
  await expect(page.getByText("Supports", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Integration cycle time for trading and risk solutions" })).toBeVisible();
  const todayValue = await page.getByTestId("kpi-value").textContent();

  const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("As of (UTC)").fill(yearAgo);
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`asOf=${yearAgo}`));
  await expect(page.getByTestId("kpi-value")).not.toHaveText(todayValue ?? "");
  await expect(page.getByText("Entered after as-of").first()).toBeVisible();

  await page.goto(`/scorecards/strategic?asOf=${yearAgo}`);
  await page.getByRole("link", { name: "Board pack" }).click();
  await expect(page).toHaveURL(new RegExp(`/scorecards/strategic/board-pack\\?asOf=${yearAgo}`));
  await expect(page.getByTestId("board-pack")).toContainText("IT Strategic Balanced Scorecard");
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();
});

test("Executive: an impossible as-of date is refused with a message, and today is shown", async ({ page }) => {
  await signIn(page, "cto@example.com");
  await page.goto("/scorecards?asOf=2026-02-30");
  await expect(page.getByTestId("as-of-error")).toContainText("real calendar date");
  await expect(page.getByTestId("scorecard-strategic")).toBeVisible();
});

test("Viewer: the demand vs supply heat map opens a function's view of a scorecard", async ({ page }) => {
  await signIn(page, "viewer@example.com");
  await page.goto("/functions");
  const heatMap = page.getByTestId("heat-map");
  // Other tests add functions of their own, so the seeded ones are looked for rather than counted.
  for (const name of ["Sales", "Trading", "Risk Management", "Human Resources"]) await expect(heatMap).toContainText(name);
  await heatMap.getByRole("link", { name: /^Trading, IT Operational:/ }).click();
  await expect(page).toHaveURL(/\/scorecards\/operational\?businessFunction=TRD/);
  await expect(page.getByText("Trading · as of")).toBeVisible();
});
