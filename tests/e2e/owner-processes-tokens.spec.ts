import { expect, test, uniqueId } from "./factories";
import { signIn } from "./sign-in";

test("Process owner: documents their process (adds a step) and cannot edit another owner's", async ({ page, make }) => {
  test.slow(); // six page loads and a form post
  const owner = await make.user("process_owner", "problem manager");
  const mine = await make.process({
    ownerId: owner.id,
    label: "Problem management",
    steps: ["Log the problem", "Find the root cause", "Record the known error"],
  });
  const otherOwner = await make.user("process_owner", "technology scout");
  const theirs = await make.process({
    ownerId: otherOwner.id,
    label: "New technology assessment",
    kind: "explore",
    steps: ["Scan the market", "Assess the candidate"],
  });

  await signIn(page, owner.email, owner.password);
  await page.goto("/processes");
  await page.getByRole("link", { name: mine.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/processes/${mine.code}$`));
  await page.getByRole("link", { name: "Edit process" }).click();

  const stepName = `Share the known-error record ${uniqueId()}`;
  await page.getByRole("button", { name: "Add step" }).click();
  const steps = page.getByRole("textbox", { name: /^Step \d+ name$/ });
  await expect(steps).toHaveCount(4);
  await steps.last().fill(stepName);
  await page.getByRole("button", { name: "Save process" }).click();
  await expect(page.getByTestId("form-message")).toBeVisible();
  await expect(page.getByTestId("form-message")).toHaveText("Saved. The process is now at version 2.");

  await page.goto(`/processes/${mine.code}`);
  await expect(page.getByText(stepName)).toBeVisible();

  await page.goto(`/processes/${theirs.code}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(theirs.name);
  await expect(page.getByRole("link", { name: "Edit process" })).toHaveCount(0);
  await page.goto(`/processes/${theirs.code}/edit`);
  await expect(page).toHaveURL(/\/forbidden/);
});

test("Viewer: creates an API token that is shown once, uses it, and revokes it", async ({ page, request, make }) => {
  test.slow(); // four page loads, two form posts and three API calls
  const viewer = await make.user("viewer", "report reader");
  await signIn(page, viewer.email, viewer.password);
  await page.goto("/settings");
  const name = `Reporting export ${uniqueId()}`;
  await page.getByLabel("Token name (what will use it?)").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token-value").textContent())?.trim() ?? "";
  expect(token).toMatch(/^amb_/);

  const me = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ email: viewer.email, role: "viewer" });

  await page.reload();
  await expect(page.getByTestId("new-token-value")).toHaveCount(0);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await row.getByRole("button", { name: "Revoke" }).click();
  await row.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(row).toContainText(/Revoked/i);

  const after = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
  expect(after.status()).toBe(401);
});
