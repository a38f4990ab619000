import { expect, test } from "@playwright/test";
import { signIn } from "./sign-in";

/** The Monday (UTC) of the ISO week `weeksBack` weeks before the current one, as YYYY-MM-DD. */
function monday(weeksBack: number): string {
  const now = new Date();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const sinceMonday = (new Date(today).getUTCDay() + 6) % 7;
  return new Date(today - (sinceMonday + 7 * weeksBack) * 86_400_000).toISOString().slice(0, 10);
}

const csv = (rows: string[]) => ({
  name: "mttr.csv",
  mimeType: "text/csv",
  buffer: Buffer.from(`\uFEFFkpi_code,period,value,note\r\n${rows.join("\r\n")}\r\n`),
});

test("Process owner: a file with a bad row is refused whole; fixed, it imports and the scorecard shows the new value", async ({ page }) => {
  await signIn(page, "owner@example.com");
  await page.goto("/kpis/import");
  const thisWeek = monday(0);
  const lastWeek = monday(1);
  const good = `S-INC-MTTR,${thisWeek},1.8,"Faster restores, after the runbook change"`;

  await page.getByLabel("CSV file").setInputFiles(csv([good, `S-INC-MTTR,${lastWeek},abc,`]));
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText(/Nothing was imported: 1 problem/)).toBeVisible();
  const problem = page.getByRole("row").filter({ hasText: "value" });
  await expect(problem).toContainText("3");
  await expect(problem).toContainText(/number/);

  await page.goto("/kpis/S-INC-MTTR");
  await expect(page.getByTestId("kpi-value")).not.toHaveText("1.8 hours");

  await page.goto("/kpis/import");
  await page.getByLabel("CSV file").setInputFiles(csv([good, `S-INC-MTTR,${lastWeek},2.4,Late ticket closures were missed`]));
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText("1 new")).toBeVisible();
  await expect(page.getByText("1 corrections")).toBeVisible();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("Imported 2 rows.")).toBeVisible();

  await page.goto("/kpis/S-INC-MTTR");
  await expect(page.getByTestId("kpi-value")).toHaveText("1.8 hours");
  await expect(page.getByTestId("reading-history")).toContainText("Correction: Late ticket closures were missed");

  await page.goto("/scorecards/operational");
  await page.getByRole("button", { name: "Show what supports Service-level objectives met" }).click();
  const node = page.locator('[data-kpi="D-SLA-MET"] [data-kpi="S-INC-MTTR"]');
  await expect(node).toContainText("1.8 hours");
  await expect(node).toHaveAttribute("data-status", "green");
});
