import { expect, test } from "@playwright/test";
import { signIn } from "./sign-in";

test("Process owner: documents their process (adds a step) and cannot edit another owner's", async ({ page }) => {
  await signIn(page, "owner@example.com");
  await page.goto("/processes");
  await page.getByRole("link", { name: /Problem management/ }).click();
  await expect(page).toHaveURL(/\/processes\/PRC-PRB$/);
  await page.getByRole("link", { name: "Edit process" }).click();

  const stepName = `Share the known-error record ${Date.now()}`;
  await page.getByRole("button", { name: "Add step" }).click();
  const steps = page.getByRole("textbox", { name: /^Step \d+ name$/ });
  await steps.last().fill(stepName);
  await page.getByRole("button", { name: "Save process" }).click();
  await expect(page.getByTestId("form-message")).toBeVisible();

  await page.goto("/processes/PRC-PRB");
  await expect(page.getByText(stepName)).toBeVisible();

  await page.goto("/processes/PRC-NTA");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit process" })).toHaveCount(0);
  await page.goto("/processes/PRC-NTA/edit");
  await expect(page).toHaveURL(/\/forbidden/);
});

test("Viewer: creates an API token that is shown once, uses it, and revokes it", async ({ page, request }) => {
  await signIn(page, "viewer@example.com");
  await page.goto("/settings");
  const name = `Reporting export ${Date.now()}`;
  await page.getByLabel("Token name (what will use it?)").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token-value").textContent())?.trim() ?? "";
  expect(token).toMatch(/^amb_/);

  const me = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ email: "viewer@example.com", role: "viewer" });

  await page.reload();
  await expect(page.getByTestId("new-token-value")).toHaveCount(0);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await row.getByRole("button", { name: "Revoke" }).click();
  await row.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(row).toContainText(/Revoked/i);

  const after = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
  expect(after.status()).toBe(401);
});
