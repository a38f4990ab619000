import { expect, test, uniqueId } from "./factories";
import { signIn } from "./sign-in";

// The CTO keeps the organisation's model current from the Set-up area. Everything made here has
// its own codes, and no seeded priority or function is changed, so the scorecards other tests read
// stay as seeded.
test("Executive: adds a value chain and a function, moves it, records a priority for it and ends it from today", async ({ page, browser }) => {
  test.slow(); // a dozen form posts, each revalidating the dashboard
  const id = uniqueId();
  const [chain, other, fn, priority] = [`VC-${id}`, `VC2-${id}`, `FN-${id}`, `PRI-${id}`];
  await signIn(page, "cto@example.com");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Set-up" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Set up your organisation" })).toBeVisible();
  await expect(page.getByTestId("progress-organisation")).toContainText("value chains");
  await page.getByRole("link", { name: "Value chains and functions →" }).click();

  const addChain = page.getByRole("form", { name: "Add a value chain" });
  await addChain.getByLabel("Code").fill("retail");
  await addChain.getByLabel("Name").fill(`Retail ${id}`);
  await addChain.getByRole("button", { name: "Add value chain" }).click();
  await expect(addChain.getByText("code must be 2–32 capital letters")).toBeVisible();
  await expect(addChain.getByLabel("Name")).toHaveValue(`Retail ${id}`);
  for (const [code, name] of [
    [chain, `Retail ${id}`],
    [other, `Wealth ${id}`],
  ] as const) {
    await addChain.getByLabel("Code").fill(code);
    await addChain.getByLabel("Name").fill(name);
    await addChain.getByRole("button", { name: "Add value chain" }).click();
    await expect(page.getByTestId("form-message").first()).toContainText(`(${code}) created`);
  }

  // A chain without functions opens its "add a function" form by itself.
  const addFunction = page.getByRole("form", { name: `Add a business function to ${chain}` });
  await addFunction.getByLabel("Code").fill(fn);
  await addFunction.getByLabel("Name").fill(`Cards ${id}`);
  await addFunction.getByRole("button", { name: "Add business function" }).click();
  await expect(addFunction.getByTestId("form-message")).toContainText("Record its demand profile next");

  // Two editors open the same function; the second to save is told, and nothing of theirs is written.
  const rival = await browser.newPage();
  await signIn(rival, "cto@example.com");
  await rival.goto("/setup/organisation");
  await page.reload();
  await page.getByText(`Edit Cards ${id}`).click();
  const edit = page.getByRole("form", { name: `Edit business function ${fn}` });
  await edit.getByLabel("Value chain").selectOption(other);
  await edit.getByLabel("Name").fill(`Cards and payments ${id}`);
  await edit.getByRole("button", { name: "Save function" }).click();
  await expect(page.getByTestId("saved-message")).toContainText(`Cards and payments ${id} (${fn}) saved; it sits in Wealth ${id}`);
  await rival.getByText(`Edit Cards ${id}`).click();
  const stale = rival.getByRole("form", { name: `Edit business function ${fn}` });
  await stale.getByLabel("Name").fill(`Stale ${id}`);
  await stale.getByRole("button", { name: "Save function" }).click();
  await expect(stale.getByTestId("form-message")).toContainText("changed by someone else");
  await expect(stale.getByLabel("Name")).toHaveValue(`Stale ${id}`);
  await rival.close();
  await page.reload();
  const chainCard = (name: string) => page.locator("section").filter({ has: page.getByRole("heading", { name, exact: true }) });
  await expect(chainCard(`Wealth ${id}`)).toContainText(`Cards and payments ${id}`);
  await expect(chainCard(`Retail ${id}`)).toContainText("No business functions in this chain yet");

  await page.goto("/setup/priorities");
  await page.getByText("Add a priority").click();
  const addPriority = page.getByRole("form", { name: "Add a business priority" });
  await addPriority.getByLabel("Code").fill(priority);
  await addPriority.getByLabel("Title").fill(`Contactless everywhere ${id}`);
  await addPriority.getByLabel("Belongs to").selectOption(fn);
  await addPriority.getByLabel("In force from").fill("2025-01-01");
  await addPriority.getByLabel("Last day (blank: open-ended)").fill("2024-12-31");
  await addPriority.getByRole("button", { name: "Add priority" }).click();
  await expect(addPriority.getByText("endsOn must be on or after startsOn")).toBeVisible();
  await addPriority.getByLabel("Last day (blank: open-ended)").fill("");
  await addPriority.getByRole("button", { name: "Add priority" }).click();
  await expect(addPriority.getByTestId("form-message")).toContainText(`Priority ${priority} created`);

  const row = page.getByTestId(`priority-${priority}`);
  await expect(row).toContainText("In force");
  await row.getByRole("button", { name: "End from today…" }).click();
  await row.getByRole("button", { name: "Cancel" }).click();
  await expect(row).toContainText("In force");
  await row.getByRole("button", { name: "End from today…" }).click();
  await row.getByRole("button", { name: "Yes, end it" }).click();
  await expect(row.getByTestId("form-message")).toContainText("no longer counts from today");
  await expect(row).toContainText("Ended");

  await row.getByText(`Edit ${priority}`).click();
  await expect(row.getByLabel("In force from")).toHaveJSProperty("readOnly", true);
});

test("Executive: deletes a value chain added by mistake, after confirming", async ({ page }) => {
  const code = `VC-${uniqueId()}`;
  const name = `Typo chain ${code}`;
  await signIn(page, "cto@example.com");
  await page.goto("/setup/organisation");
  const addChain = page.getByRole("form", { name: "Add a value chain" });
  await addChain.getByLabel("Code").fill(code);
  await addChain.getByLabel("Name").fill(name);
  await addChain.getByRole("button", { name: "Add value chain" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await page.getByRole("button", { name: `Delete ${name}…` }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.getByTestId("deleted-message")).toContainText(`Deleted ${code}`);
  await expect(page.getByRole("heading", { name })).toHaveCount(0);
});
