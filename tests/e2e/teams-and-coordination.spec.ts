import { expect, test, uniqueId } from "./factories";
import { signIn } from "./sign-in";

// The CTO sets up an explore team and moves a person into it; a process owner adds a coordination
// mechanism to their process and edits it. Everything made here has its own code.
test("Executive creates a team and adds a member", async ({ page, make }) => {
  const person = await make.user("process_owner", "platform engineer");
  const code = `T${uniqueId()}`.slice(0, 32);
  const name = `Platform lab ${code}`;

  await signIn(page, "cto@example.com");
  await page.goto("/teams");
  await page.getByText("New team").click();
  const form = page.getByRole("form", { name: "New team" });
  await form.getByLabel("Code").fill(code);
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Stream").selectOption("explore");
  await form.getByRole("button", { name: "Create team" }).click();
  await expect(form.getByTestId("form-message")).toContainText(`Created ${name}`);

  const add = page.getByRole("form", { name: `Add a member to ${name}` });
  await add.getByRole("button", { name: "Add" }).click();
  await expect(add.getByText("Choose someone to add.")).toBeVisible();
  await add.getByLabel("Add a member").selectOption({ label: `${person.name} · Process owner` });
  await add.getByRole("button", { name: "Add" }).click();
  await expect(page.getByRole("list", { name: `Members of ${name}` })).toContainText(person.name);
  await expect(page.getByText(`${code} · 1 member`)).toBeVisible();
});

test("Process owner adds a coordination mechanism to their process and edits it", async ({ page, make }) => {
  const owner = await make.user("process_owner", "release manager");
  const process = await make.process({ ownerId: owner.id, label: "Release management", steps: ["Plan release"] });
  const code = `CM-${uniqueId()}`.slice(0, 32);

  await signIn(page, owner.email, owner.password);
  await page.goto(`/processes/${process.code}`);
  await page.getByText("Add a coordination mechanism").click();
  const form = page.getByRole("form", { name: "New coordination mechanism" });
  await form.getByLabel("Code").fill(code);
  await form.getByLabel("Name", { exact: true }).fill("Release reference group");
  await form.getByLabel("Kind").selectOption("reference_group");
  await expect(form.getByText("Business function heads review ideas and demand with IT.")).toBeVisible();
  await form.getByLabel("Cadence (optional)").fill("Monthly");
  await form.getByLabel("Participants, one per line (optional)").fill("Heads of Sales and Trading\nRelease manager");
  await form.getByRole("button", { name: "Add mechanism" }).click();
  const mechanisms = page.getByTestId("coordination");
  await expect(mechanisms).toContainText("Release reference group");
  await expect(mechanisms).toContainText("Monthly · Heads of Sales and Trading, Release manager");

  await mechanisms.getByText("Edit Release reference group").click();
  const edit = page.getByRole("form", { name: "Edit Release reference group" });
  await edit.getByLabel("Cadence (optional)").fill("Quarterly");
  await edit.getByRole("button", { name: "Save mechanism" }).click();
  await expect(edit.getByTestId("form-message")).toContainText("now at version 2");
  await expect(mechanisms).toContainText("Quarterly · Heads of Sales and Trading");
});
