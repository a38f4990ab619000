import { expect, test } from "@playwright/test";
import { signIn } from "./sign-in";

// A seeded function is re-profiled from a day far ahead, picked at random: today's views, which
// other tests read, keep the profile now in force, and a retry never lands on a taken day.
const daysAhead = 2000 + Math.floor(Math.random() * 7000);
const futureDay = new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

test("Executive: re-profiles a business function from a future day; a backdated or unexplained profile is refused", async ({ page, browser }) => {
  await signIn(page, "cto@example.com");
  await page.goto("/functions/HR");
  const history = page.getByTestId("profile-history");
  const versions = await history.getByRole("row").count();
  await page.getByText("Re-profile this function").click();
  const form = page.getByRole("form", { name: "Record a demand profile" });
  await expect(form.getByLabel("Control ↔ flexibility (0–100)")).not.toHaveValue("");

  await form.getByLabel("In force from").fill(yesterday);
  await form.getByLabel("Control ↔ flexibility (0–100)").fill("85");
  await form.getByRole("button", { name: "Record profile" }).click();
  await expect(form.getByText("today or later")).toBeVisible();
  await expect(form.getByText("rationale is required")).toBeVisible();
  await expect(form.getByLabel("Control ↔ flexibility (0–100)")).toHaveValue("85");

  await form.getByLabel("In force from").fill(futureDay);
  await form.getByLabel("Why the demand changed").fill("Transformation programme for people services.");
  await form.getByRole("button", { name: "Record profile" }).click();
  await expect(page.getByTestId("form-message")).toContainText(`in force from ${futureDay}`);
  await expect(history.getByRole("row")).toHaveCount(versions + 1);
  await expect(history.getByRole("row").first()).toContainText("Scheduled");
  await expect(history.getByRole("row").first()).toContainText("Transformation programme for people services.");

  const viewer = await browser.newPage();
  await signIn(viewer, "viewer@example.com");
  await viewer.goto("/functions/HR");
  await expect(viewer.getByTestId("profile-history").getByRole("row")).toHaveCount(versions + 1);
  await expect(viewer.getByText("Re-profile this function")).toHaveCount(0);
  await viewer.close();
});
