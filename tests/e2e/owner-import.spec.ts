import { expect, test, weekStart } from "./factories";
import { signIn } from "./sign-in";

const csv = (rows: string[]) => ({
  name: "mttr.csv",
  mimeType: "text/csv",
  buffer: Buffer.from(`\uFEFFkpi_code,period,value,note\r\n${rows.join("\r\n")}\r\n`),
});

test("Process owner: a file with a bad row is refused whole; fixed, it imports and the scorecard shows the new value", async ({ page, make }) => {
  test.slow(); // seven page loads and three file uploads
  // A top-level KPI on the operational scorecard (anchored in a seeded priority) and the weekly
  // restore-time KPI behind it, owned by a process owner of the test's own and read last week.
  const owner = await make.user("process_owner", "incident manager");
  const slo = await make.kpi({
    label: "Service-level objectives met",
    ownerId: owner.id,
    layer: "demand",
    scorecard: "operational",
    unit: "%",
    direction: "higher",
    target: 98,
    redFlag: 90,
    frequency: "monthly",
    priorityCode: "PRI-SLO",
  });
  const mttr = await make.kpi({
    label: "Mean time to restore P1/P2 incidents",
    ownerId: owner.id,
    layer: "supply",
    scorecard: "operational",
    unit: "hours",
    direction: "lower",
    target: 2,
    redFlag: 6,
    frequency: "weekly",
  });
  await make.link(mttr.id, slo.id);
  const thisWeek = weekStart(0);
  const lastWeek = weekStart(1);
  await make.readings(mttr.id, [
    { period: weekStart(2), value: 3.4 },
    { period: lastWeek, value: 3.1 },
  ]);

  await signIn(page, owner.email, owner.password);
  await page.goto("/kpis/import");
  const good = `${mttr.code},${thisWeek},1.8,"Faster restores, after the runbook change"`;

  await page.getByLabel("CSV file").setInputFiles(csv([good, `${mttr.code},${lastWeek},abc,`]));
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText(/Nothing was imported: 1 problem/)).toBeVisible();
  const problem = page.getByRole("row").filter({ hasText: "value" });
  await expect(problem).toContainText("3");
  await expect(problem).toContainText(/number/);

  await page.goto(`/kpis/${mttr.code}`);
  await expect(page.getByTestId("kpi-value")).not.toHaveText("1.8 hours");
  await expect(page.getByTestId("kpi-value")).toHaveText("3.1 hours");

  await page.goto("/kpis/import");
  await page.getByLabel("CSV file").setInputFiles(csv([good, `${mttr.code},${lastWeek},2.4,Late ticket closures were missed`]));
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText("1 new")).toBeVisible();
  await expect(page.getByText("1 corrections")).toBeVisible();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("Imported 2 rows.")).toBeVisible();

  await page.goto(`/kpis/${mttr.code}`);
  await expect(page.getByTestId("kpi-value")).toHaveText("1.8 hours");
  await expect(page.getByTestId("reading-history")).toContainText("Correction: Late ticket closures were missed");

  await page.goto("/scorecards/operational");
  await page.getByRole("button", { name: `Show what supports ${slo.name}` }).click();
  const node = page.locator(`[data-kpi="${slo.code}"] [data-kpi="${mttr.code}"]`);
  await expect(node).toContainText("1.8 hours");
  await expect(node).toHaveAttribute("data-status", "green");
});
