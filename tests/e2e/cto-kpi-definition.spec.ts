import { expect, test, uniqueId } from "./factories";
import { signIn } from "./sign-in";

// The CTO defines a new demand KPI, anchored in a seeded priority, then changes its target with a
// reason and archives and restores it. Its own code keeps it apart from what other tests read.
test("Executive: creates a demand KPI, refused until it is coherent, then edits, archives and restores it", async ({ page, make }) => {
  test.slow(); // several form posts, each revalidating the dashboard
  const code = `D-${uniqueId()}`;
  await signIn(page, "cto@example.com");
  await page.goto("/kpis");
  await page.getByRole("link", { name: "New KPI" }).click();
  const form = page.getByRole("form", { name: "New KPI" });
  await form.getByLabel("Code").fill(code);
  await form.getByLabel("Layer").selectOption("demand");
  await form.getByLabel("Name").fill(`Cost of change ${code}`);
  await form.getByLabel("Scorecard").selectOption("strategic");
  await form.getByLabel("Reported").selectOption("quarterly");
  await form.getByLabel("Direction").selectOption("lower");
  await form.getByLabel("Target").fill("140");
  await form.getByLabel("Red flag (red above)").fill("5");
  await form.getByLabel("Owner (enters its readings)").selectOption("owner@example.com");
  await form.getByRole("button", { name: "Create KPI" }).click();
  await expect(form.getByText("A demand KPI must be anchored in a business priority")).toBeVisible();
  await expect(form.getByText("Target is a percentage: it must be from 0 to 100")).toBeVisible();
  await expect(form.getByLabel("Name")).toHaveValue(`Cost of change ${code}`);

  // A refused field's label carries its message, so the field is found by name here.
  await form.locator('input[name="target"]').fill("4");
  await form.getByLabel("Business priority it measures").selectOption("PRI-COST");
  await make.asKpiCatalogueChange(async () => {
    await form.getByRole("button", { name: "Create KPI" }).click();
    await expect(page).toHaveURL(new RegExp(`/kpis/${code}$`));
  });
  await expect(page.getByRole("heading", { level: 1, name: `Cost of change ${code}` })).toBeVisible();

  await page.getByRole("link", { name: "Edit definition" }).click();
  const edit = page.getByRole("form", { name: `Edit KPI ${code}` });
  await edit.getByLabel("Target").fill("3.5");
  await edit.getByLabel("Why the definition changes (kept in its history)").fill("Tighter after the cost review.");
  await edit.getByRole("button", { name: "Save definition" }).click();
  await expect(edit.getByTestId("form-message")).toContainText(`KPI ${code} saved as version 2`);
  const history = page.getByTestId("definition-history");
  await expect(history.getByRole("listitem").first()).toContainText("Changed · target");
  await expect(history.getByRole("listitem").first()).toContainText("Tighter after the cost review.");

  await page.getByRole("button", { name: "Archive this KPI…" }).click();
  await make.asKpiCatalogueChange(async () => {
    await page.getByRole("button", { name: "Yes, archive it" }).click();
    await expect(page.getByText(`KPI ${code} archived`)).toBeVisible();
  });
  await expect(page.getByText("Archived", { exact: true }).first()).toBeVisible();
  await make.asKpiCatalogueChange(async () => {
    await page.getByRole("button", { name: "Restore this KPI" }).click();
    await expect(page.getByText(`KPI ${code} restored`)).toBeVisible();
  });
  await expect(history.getByRole("listitem")).toHaveCount(4);
});
