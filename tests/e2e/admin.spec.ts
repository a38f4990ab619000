import { expect, test, uniqueId } from "./factories";
import { signIn } from "./sign-in";

test("Administrator: adds a user after fixing a validation error; the new user can sign in", async ({ page, browser }) => {
  test.slow(); // five page loads and two form posts, one of them a second user's sign-in
  const email = `analyst-${uniqueId().toLowerCase()}@example.com`;
  await signIn(page, "admin@example.com");
  await page.goto("/admin");
  await page.getByLabel("Full name").fill("Nadia Analyst");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role").selectOption("viewer");
  await page.getByLabel(/Initial password/).fill("short");
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByText("Password must be at least 10 characters")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email);

  await page.getByLabel(/Initial password/).fill("a-long-enough-password");
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByTestId("form-message")).toHaveText(`Nadia Analyst can now sign in as ${email}.`);
  await expect(page.getByTestId("user-list")).toContainText(email);

  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await signIn(newcomer, email, "a-long-enough-password");
  await expect(newcomer).toHaveURL("/scorecards");
  await context.close();
});
