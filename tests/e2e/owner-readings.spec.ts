import { expect, test, type Locator } from "@playwright/test";
import { signIn } from "./sign-in";

test("Process owner: enters a reading from My KPIs, is told off for a future period, corrects it with a reason", async ({ page }) => {
  await signIn(page, "owner@example.com");
  await page.goto("/kpis/mine");
  await expect(page.getByTestId("due-summary")).toBeVisible();
  await page.getByTestId("my-kpis").getByRole("link", { name: "Enter reading" }).first().click();
  await expect(page).toHaveURL(/\/kpis\/[^/]+#enter-reading$/);
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

  await period.fill(duePeriod);
  await saveWithReasonIfAsked(form, "Seeded value replaced by the end-to-end test");
  await expect(form.getByTestId("form-message")).toContainText(/Saved|Corrected to/);

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

test("Viewer: sees a KPI's readings but no form to enter one", async ({ browser }) => {
  const ownerPage = await (await browser.newContext()).newPage();
  await signIn(ownerPage, "owner@example.com");
  await ownerPage.goto("/kpis/mine");
  const kpiPath = await ownerPage.getByTestId("my-kpis").getByRole("link", { name: "Enter reading" }).first().getAttribute("href");
  expect(kpiPath).toBeTruthy();

  const page = await (await browser.newContext()).newPage();
  await signIn(page, "viewer@example.com");
  await page.goto(String(kpiPath).replace("#enter-reading", ""));
  await expect(page.getByRole("heading", { name: "Readings" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Enter a reading" })).toHaveCount(0);
  await expect(page.getByTestId("reading-entry-form")).toHaveCount(0);
});

/** The due period may already hold a seeded reading; then the form asks for a reason first. */
async function saveWithReasonIfAsked(form: Locator, reason: string) {
  await form.getByRole("button", { name: "Save reading" }).click();
  const reasonField = form.getByLabel("Reason for the correction");
  await expect(reasonField.or(form.getByText(/^(Saved|Corrected to) /))).toBeVisible();
  if (await reasonField.isVisible()) {
    await reasonField.fill(reason);
    await form.getByRole("button", { name: "Save correction" }).click();
  }
}
