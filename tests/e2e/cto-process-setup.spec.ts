import { expect, test, uniqueId } from "./factories";
import { signIn } from "./sign-in";

// The CTO creates a process and names its owner; the owner documents its steps and a monitoring
// action, then logs that action as done. Everything made here has its own code.
test("Executive creates a process for an owner, who documents it and logs its monitoring", async ({ page, make }) => {
  test.slow(); // two sign-ins, three form posts, each revalidating the dashboard
  const owner = await make.user("process_owner", "capacity manager");
  const id = uniqueId();
  const code = `PRC-${id}`.slice(0, 32);
  const name = `Capacity management ${id}`;

  await signIn(page, "cto@example.com");
  await page.goto("/processes");
  await page.getByRole("link", { name: "New process" }).click();
  const form = page.getByRole("form", { name: "New process" });
  await form.getByLabel("Code").fill(code);
  await form.getByLabel("Name").fill(name);
  await form.getByRole("radio", { name: /Exploit/ }).check();
  await form.getByLabel("Framework (optional)").fill("ITIL 4");
  await form.getByRole("button", { name: "Create process" }).click();
  // No owner chosen: the form says so and keeps what was typed.
  await expect(form.getByText("ownerEmail must be the email of an active user")).toBeVisible();
  await expect(form.getByLabel("Name")).toHaveValue(name);
  await form.getByLabel("Process owner").selectOption({ label: `${owner.name} · Process owner` });
  await form.getByRole("button", { name: "Create process" }).click();
  await expect(page).toHaveURL(new RegExp(`/processes/${code}\\?created=1$`));
  await expect(page.getByTestId("created-message")).toContainText(`${owner.name} documents its steps and monitoring actions next`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, owner.email, owner.password);
  await page.goto(`/processes/${code}`);
  await page.getByRole("link", { name: "Edit process" }).click();
  await expect(page.getByRole("form", { name: "Process and owner" })).toHaveCount(0);
  await page.getByRole("button", { name: "Add step" }).click();
  await page.getByRole("textbox", { name: "Step 1 name" }).fill("Forecast demand");
  await page.getByRole("textbox", { name: "Step 1 description" }).fill("From the business plan and trend");
  await page.getByRole("button", { name: "Add step" }).click();
  await page.getByRole("textbox", { name: "Step 2 name" }).fill("Plan capacity");
  await page.getByRole("button", { name: "Move step 2 up" }).click();
  await page.getByRole("button", { name: "Add monitoring action" }).click();
  await page.getByRole("textbox", { name: "Monitoring action 1" }).fill("Review utilisation against the forecast");
  await page.getByRole("combobox", { name: "Cadence of monitoring action 1" }).selectOption("monthly");
  await page.getByRole("button", { name: "Save process" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Saved. The process is now at version 2.");

  await page.getByRole("link", { name: "Back to the process" }).click();
  await expect(page.getByTestId("process-steps").getByRole("listitem")).toHaveText([/Plan capacity/, /Forecast demand.*From the business plan and trend/]);
  const action = page.getByTestId("monitoring-actions").getByRole("listitem").filter({ hasText: "Review utilisation against the forecast" });
  await expect(action).toContainText(/Due by/);
  await expect(action).toContainText("last done never");
  await action.getByText("Log as done…").click();
  await action.getByLabel("What was found (optional)").fill("Storage at 82 %, order placed");
  await action.getByRole("button", { name: "Log as done" }).click();
  await expect(action.getByTestId("form-message")).toContainText("as done on");
  await expect(action).toContainText("Done this period");
  await expect(page.getByRole("list", { name: "Monitoring log" })).toContainText("Storage at 82 %, order placed");
});
