import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./sign-in";

const KPI = "Problem managers with a Six Sigma green belt";

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
}) => {
  const board = await (await browser.newContext()).newPage();
  await signIn(board, "board@example.com");
  await expect(board).toHaveURL("/backlog");
  await board.getByLabel(/^Person-weeks for the quarter/).fill("130");
  await board.getByRole("button", { name: "Set", exact: true }).click();
  await expect(board.getByText("Capacity set to 130 person-weeks.")).toBeVisible();
  await board.getByTestId("findings-link").click();
  await expect(board.getByTestId("unaddressed-gaps")).toContainText(KPI);

  const owner = await (await browser.newContext()).newPage();
  await signIn(owner, "owner@example.com");
  await owner.goto("/backlog/gaps");
  await owner
    .getByRole("link", { name: `Propose an initiative for ${KPI}` })
    .first()
    .click();
  await expect(owner.getByTestId("proposal-kpi")).toContainText("Baseline");
  const title = `Kaizen: green-belt cohort for problem managers ${Date.now()}`;
  await owner.getByLabel("Title").fill(title);
  await owner.getByLabel("Root cause (required before approval)").fill("No training budget was set aside for problem management since 2024.");
  await owner.getByLabel("Methodology").selectOption("kaizen");
  await owner.getByLabel("Effort (person-weeks)").fill("6");
  await owner.getByRole("button", { name: "Propose initiative" }).click();
  await expect(owner).toHaveURL(/\/backlog\/\d+\?proposed=1/);
  await expect(owner.getByText("Proposed. The governance board will triage it.")).toBeVisible();
  const initiativeUrl = new URL(owner.url()).pathname;
  await owner.getByLabel("Add a comment").fill("Cohort could start with the three newest problem managers.");
  await owner.getByRole("button", { name: "Add comment" }).click();
  await expect(owner.getByTestId("comments")).toContainText("three newest problem managers");

  await board.goto(initiativeUrl);
  await decide(board, "triage", "A red capability gap behind repeat incidents; worth a cohort.");
  await decide(board, "rank", "Cheap and unblocks the repeat-incident work.", "1");
  await decide(board, "approve", "Approved: six person-weeks fit this quarter.");
  await expect(board.getByTestId("decision-log")).toContainText("Approved: six person-weeks fit this quarter.");
  await expect(board.getByTestId("decision-log")).toContainText("rank 1");

  const cto = await (await browser.newContext()).newPage();
  await signIn(cto, "cto@example.com");
  const inFlight = cto.getByTestId("in-flight").getByRole("listitem").filter({ hasText: title });
  await expect(inFlight).toContainText("Approved");
  await expect(inFlight).toContainText(KPI);
});
