import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

// A real deployment's first hour, through the UI only, on the second end-to-end server: an empty
// database with demo mode off. The first administrator is made with `npm run user:create`, signs
// in, lands on the set-up checklist, starts from the example catalogue, enters the first readings
// of two strategic KPIs and sees the IT Strategic scorecard scored.
const EMPTY = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1}`;

function createFirstAdmin(email: string): string {
  const url = readFileSync(path.join(process.cwd(), ".e2e", "empty-database-url"), "utf8").trim();
  const out = execFileSync("npm", ["run", "--silent", "user:create", "--", "--email", email, "--role", "admin", "--name", "First Admin"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  const password = /Generated password \(shown once\): (\S+)/.exec(out)?.[1];
  if (!password) throw new Error(`user:create printed no password:\n${out}`);
  return password;
}

async function enterReading(page: import("@playwright/test").Page, code: string, value: string) {
  await page.goto(`${EMPTY}/kpis/${code}#enter-reading`);
  await page.waitForLoadState("networkidle");
  const form = page.getByTestId("reading-entry-form");
  await form.getByLabel(/^Value/).fill(value);
  await form.getByRole("button", { name: "Save reading" }).click();
  await expect(form.getByTestId("form-message")).toContainText(`Saved ${value}`);
}

test("A new organisation: first admin → set-up checklist → example catalogue → first readings → scored strategic scorecard", async ({ page }) => {
  test.setTimeout(120_000);
  const email = "first.admin@bank.example";
  const password = createFirstAdmin(email);

  await page.goto(`${EMPTY}/login`);
  await expect(page.getByText("demo1234")).toHaveCount(0);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(`${EMPTY}/setup`);
  await expect(page.getByRole("heading", { name: "Set up your organisation" })).toBeVisible();
  await expect(page.getByText("0 of 7 steps done")).toBeVisible();

  await page.goto(`${EMPTY}/scorecards/strategic`);
  await expect(page.getByTestId("empty-state")).toContainText("No top-level KPIs on this scorecard");

  await page.goto(`${EMPTY}/setup`);
  await page.getByRole("button", { name: "Start from the example catalogue" }).click();
  await expect(page.getByTestId("example-imported")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/[1-6] of 7 steps done/)).toBeVisible();

  // Month-end close in 3 business days (target 3, red flag 5) and regulatory reports on time.
  await enterReading(page, "D-CLOSE", "3.5");
  await enterReading(page, "D-REGREP", "98");

  await page.goto(`${EMPTY}/scorecards`);
  await expect(page.getByTestId("scorecard-strategic")).toContainText(/\d\.\d\/10/);
});
