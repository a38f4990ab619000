import { expect, test, uniqueId } from "./factories";
import { signIn } from "./sign-in";

// A process owner records a capability their process needs, assesses its maturity twice (a
// refused assessment first), sees the standing move, and archives it. Everything made here has
// its own code.
test("Process owner adds a capability to their process, assesses it and archives it", async ({ page, make }) => {
  test.slow(); // several form posts, each revalidating the dashboard
  const owner = await make.user("process_owner", "release manager");
  const process = await make.process({ ownerId: owner.id, label: "Release management", steps: ["Plan release", "Deploy"] });
  const code = `CAP-${uniqueId()}`.slice(0, 32);
  const name = `Deployment automation ${code}`;

  await signIn(page, owner.email, owner.password);
  await page.goto(`/processes/${process.code}`);
  await page.getByRole("link", { name: "Add a capability" }).click();
  const form = page.getByRole("form", { name: "New capability" });
  await expect(form.getByLabel("Process that needs it")).toHaveValue(process.code);
  await form.getByLabel("Code").fill(code);
  await form.getByLabel("Name").fill(name);
  await form.getByRole("radio", { name: /Technology/ }).check();
  await form.getByLabel("Target maturity").selectOption("4");
  await form.getByRole("button", { name: "Create capability" }).click();
  await expect(page).toHaveURL(new RegExp(`/capabilities/${code}\\?created=1$`));
  await expect(page.getByTestId("landed-message")).toContainText("Record its first maturity assessment next");
  await expect(page.getByTestId("current-maturity")).toContainText("not assessed");

  const assess = page.getByRole("form", { name: "Record an assessment" });
  await assess.getByRole("button", { name: "Record assessment" }).click();
  await expect(assess.getByText("level must be a maturity level from 1 to 5")).toBeVisible();
  await assess.getByText("Managed").click();
  await assess.getByLabel("Evidence").fill("Two of five services deploy from the pipeline.");
  await assess.getByRole("button", { name: "Record assessment" }).click();
  await expect(page.getByTestId("form-message")).toContainText("Recorded level 2 on");
  await expect(page.getByTestId("current-maturity")).toContainText("2of 5 · Managed");
  await expect(page.getByTestId("assessments")).toContainText("Two of five services deploy from the pipeline.");

  await page.getByRole("link", { name: "All capabilities" }).click();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(process.name);
  await expect(row).toContainText("No change");

  await page.goto(`/capabilities/${code}/edit`);
  await page.getByRole("button", { name: "Archive this capability…" }).click();
  await page.getByRole("button", { name: "Yes, archive it" }).click();
  await expect(page).toHaveURL(new RegExp(`/capabilities/${code}\\?archived=1$`));
  await expect(page.getByRole("note")).toContainText("Archived on");
  await expect(page.getByRole("form", { name: "Record an assessment" })).toHaveCount(0);
});
