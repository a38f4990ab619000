import type { Page } from "@playwright/test";
import { expect, monthStart, test } from "./factories";
import { signIn } from "./sign-in";

async function decide(page: Page, decision: string, rationale: string, rank?: string) {
  const form = page.getByTestId("decision-form");
  await form.getByLabel("Decision").selectOption(decision);
  if (rank) await form.getByLabel(/^Rank/).fill(rank);
  await form.getByLabel("Rationale").fill(rationale);
  await form.getByRole("button", { name: "Record decision" }).click();
  await expect(form.getByTestId("form-message")).toContainText(`Recorded: ${decision}.`);
}

test("Board and owner: an unaddressed red gap becomes an initiative the board triages, ranks and approves; the CTO sees it against the KPI", async ({
  browser,
  make,
}) => {
  test.slow(); // three people, a dozen page loads and form posts
  // The gap: a red capability KPI of the test's own, that no initiative addresses yet.
  const owner = await make.user("process_owner", "problem manager");
  const kpi = await make.kpi({
    label: "Problem managers with a Six Sigma green belt",
    ownerId: owner.id,
    layer: "capability",
    scorecard: "operational",
    unit: "%",
    direction: "higher",
    target: 60,
    redFlag: 30,
    frequency: "monthly",
  });
  await make.readings(kpi.id, [
    { period: monthStart(2), value: 12 },
    { period: monthStart(1), value: 10 },
  ]);

  const board = await (await browser.newContext()).newPage();
  await signIn(board, "board@example.com");
  await expect(board).toHaveURL("/backlog");
  await board.getByLabel(/^Person-weeks for the quarter/).fill("130");
  await board.getByRole("button", { name: "Set", exact: true }).click();
  await expect(board.getByText("Capacity set to 130 person-weeks.")).toBeVisible();
  await board.getByTestId("findings-link").click();
  await expect(board.getByTestId("unaddressed-gaps")).toContainText(kpi.name);

  const ownerPage = await (await browser.newContext()).newPage();
  await signIn(ownerPage, owner.email, owner.password);
  await ownerPage.goto("/backlog/gaps");
  await ownerPage
    .getByRole("link", { name: `Propose an initiative for ${kpi.name}` })
    .first()
    .click();
  await expect(ownerPage.getByTestId("proposal-kpi")).toContainText("Baseline");
  await expect(ownerPage.getByTestId("proposal-kpi")).toContainText(kpi.name);
  const title = `Kaizen: green-belt cohort for problem managers ${kpi.code}`;
  await ownerPage.getByLabel("Title").fill(title);
  await ownerPage.getByLabel("Root cause (required before approval)").fill("No training budget was set aside for problem management since 2024.");
  await ownerPage.getByLabel("Methodology").selectOption("kaizen");
  await ownerPage.getByLabel("Effort (person-weeks)").fill("6");
  await ownerPage.getByRole("button", { name: "Propose initiative" }).click();
  await expect(ownerPage).toHaveURL(/\/backlog\/\d+\?proposed=1/);
  await expect(ownerPage.getByText("Proposed. The governance board will triage it.")).toBeVisible();
  const initiativeUrl = new URL(ownerPage.url()).pathname;
  await ownerPage.getByLabel("Add a comment").fill("Cohort could start with the three newest problem managers.");
  await ownerPage.getByRole("button", { name: "Add comment" }).click();
  await expect(ownerPage.getByTestId("comments")).toContainText("three newest problem managers");

  await board.goto(initiativeUrl);
  await decide(board, "triage", "A red capability gap behind repeat incidents; worth a cohort.");
  await decide(board, "rank", "Cheap and unblocks the repeat-incident work.", "1");
  await decide(board, "approve", "Approved: six person-weeks fit this quarter.");
  await expect(board.getByTestId("decision-log")).toContainText("Approved: six person-weeks fit this quarter.");
  await expect(board.getByTestId("decision-log")).toContainText("rank 1");

  // The overview lists 8 open initiatives: capability traps and work in progress first, then the
  // approved ones by rank, newest first. Ranked 1 and just proposed, this one leads the approved,
  // so it is shown while fewer than 8 initiatives are in progress (no test starts any).
  expect(await make.countInitiativesInProgress(), "initiatives in progress, listed before approved ones").toBeLessThan(8);
  const cto = await (await browser.newContext()).newPage();
  await signIn(cto, "cto@example.com");
  await expect(cto).toHaveURL("/scorecards");
  const inFlight = cto.getByTestId("in-flight").getByRole("listitem").filter({ hasText: title });
  await expect(inFlight).toContainText("Approved");
  await expect(inFlight).toContainText(kpi.name);
});
