// The CSV import through its real route handler, with real tokens and a real database: every
// kind of bad row refuses the whole file (nothing written), dry runs, corrections, re-imports,
// ownership, limits, and the progress stream.
import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as getCatalogue } from "@/app/api/v1/catalogue/export/route";
import { GET as getExport } from "@/app/api/v1/readings/export/route";
import { POST as postImport } from "@/app/api/v1/readings/import/route";
import { parseCsv } from "@/lib/domain/csv";
import { db } from "@/lib/db/client";
import { fileLocation } from "@/lib/refusal";
import { problemSchema } from "@/lib/schemas/problem-document";
import { importResultSchema, IMPORT_MAX_BYTES, type RowError } from "@/lib/schemas/reading-import";
import { makeApiToken, makeKpi, makeKpiWith, makeReading, makeUser } from "../factories";

function importRequest(body: string, token: string | null, query = "", headers: Record<string, string> = {}) {
  return new NextRequest(`http://localhost/api/v1/readings/import${query}`, {
    method: "POST",
    body,
    headers: { "content-type": "text/csv", ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  });
}
const post = (body: string, token: string | null, query = "", headers: Record<string, string> = {}) => postImport(importRequest(body, token, query, headers));

async function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  return problemSchema.parse(await response.json());
}

const csv = (...lines: string[]) => `${["kpi_code,period,value,note", ...lines].join("\n")}\n`;
const countReadings = (kpiIds: number[]) => db().reading.count({ where: { kpiId: { in: kpiIds } } });
const countImportAudits = (actorId: number) => db().auditEvent.count({ where: { actorId, action: "reading.import" } });

let owner: { id: number };
let ownerToken: string;
let mine: { id: number; code: string };
let weekly: { id: number; code: string };
let theirs: { id: number; code: string };
let archived: { id: number; code: string };

beforeAll(async () => {
  owner = await makeUser({ role: "process_owner" });
  ownerToken = await makeApiToken(owner.id);
  mine = await makeKpi({ ownerId: owner.id });
  weekly = await makeKpiWith({ ownerId: owner.id, frequency: "weekly" });
  theirs = await makeKpi();
  archived = await makeKpiWith({ ownerId: owner.id, archivedAt: new Date("2025-01-01") });
});

/** Posts the file and proves the answer is a 422 that wrote nothing; returns the row errors. */
async function expectRefused(body: string, kpiIds: number[] = [mine.id, weekly.id]): Promise<RowError[]> {
  const before = await countReadings(kpiIds);
  const audits = await countImportAudits(owner.id);
  const problem = await expectProblem(await post(body, ownerToken), 422);
  expect(await countReadings(kpiIds)).toBe(before);
  expect(await countImportAudits(owner.id)).toBe(audits);
  return located(problem.errors ?? []);
}

/** Each problem's path read back as the row and column it names (`rows[3].value` → row 3, value). */
function located(errors: { path: string; message: string }[]): RowError[] {
  return errors.map(({ path, message }) => {
    const at = fileLocation(path);
    if (!at) throw new Error(`'${path}' is not a place in the file`);
    return { ...at, message };
  });
}

describe("POST /api/v1/readings/import refuses the whole file for any bad row", () => {
  it.each([
    ["an unknown KPI", `NO-SUCH-KPI,2025-01-01,96,`, "kpi_code", "Unknown KPI 'NO-SUCH-KPI'"],
    ["a value that is not a number", `{mine},2025-01-01,ninety,`, "value", "Value must be a number; 'ninety' is not"],
    ["a bad date", `{mine},2025-02-30,96,`, "period", "Period is not a real calendar date"],
    [
      "a period off the KPI's frequency",
      `{mine},2025-01-15,96,`,
      "period",
      "Period must be the first day of a month; 2025-01-15 is not. Did you mean 2025-01-01?",
    ],
    ["a future period", `{mine},2099-01-01,96,`, "period", "Period 2099-01-01 is in the future"],
    ["a KPI the uploader does not own", `{theirs},2025-01-01,96,`, "kpi_code", "You do not own KPI {theirs}"],
    ["an archived KPI", `{archived},2025-01-01,96,`, "kpi_code", "KPI {archived} is archived and takes no readings"],
    ["a red value without a note", `{mine},2025-01-01,50,`, "note", "50 is red for KPI {mine}: a red reading needs a note"],
    ["a row with too many fields", `{mine},2025-01-01,96,a,b`, null, "Row has 5 fields but the header has 4"],
  ])("%s", async (_kind, line, column, message) => {
    const fill = (text: string) => text.replace("{mine}", mine.code).replace("{theirs}", theirs.code).replace("{archived}", archived.code);
    const errors = await expectRefused(csv(`${mine.code},2024-12-01,96,good row`, fill(line)));
    expect(errors).toEqual([{ row: 3, column, message: fill(message) }]);
  });

  it("a KPI and period twice in the file", async () => {
    const errors = await expectRefused(csv(`${mine.code},2024-11-01,96,`, `${weekly.code},2025-01-06,96,`, `${mine.code},2024-11-01,97,`));
    expect(errors).toEqual([{ row: 4, column: "period", message: `KPI ${mine.code} has period 2024-11-01 already on row 2` }]);
  });

  it("names each refused cell by its path in the file: rows[record].column", async () => {
    const problem = await expectProblem(await post(csv(`${mine.code},2024-12-01,lots,`), ownerToken), 422);
    expect(problem.errors).toEqual([{ path: "rows[2].value", message: "Value must be a number; 'lots' is not" }]);
  });

  it("lists every bad row of the file at once, in file order", async () => {
    const errors = await expectRefused(
      csv(`${mine.code},2025-02-30,x,`, `${mine.code},2024-10-01,96,`, `NOPE,2024-10-01,96,`, `${weekly.code},2024-10-01,96,`),
    );
    expect(errors.map((error) => [error.row, error.column])).toEqual([
      [2, "period"],
      [2, "value"],
      [4, "kpi_code"],
      [5, "period"],
    ]);
  });

  it("a wrong header is a 422 naming the columns", async () => {
    const errors = await expectRefused("kpi,period,value\nX,2025-01-01,1\n");
    expect(errors).toEqual([
      { row: 1, column: "kpi", message: "Unknown column 'kpi': the columns are kpi_code, period, value, note" },
      { row: 1, column: "kpi_code", message: "Column 'kpi_code' is missing from the header" },
    ]);
  });

  it("an empty body, a header without rows and an unterminated quote are 422s", async () => {
    expect((await expectProblem(await post("", ownerToken), 422)).detail).toMatch(/empty/);
    expect(await expectRefused("kpi_code,period,value,note\r\n")).toEqual([{ row: 0, column: null, message: "The file has a header but no rows" }]);
    expect((await expectRefused(csv(`${mine.code},2024-09-01,96,"open`)))[0]).toMatchObject({ row: 2, column: null });
  });

  it("bad query parameters and non-UTF-8 bodies are 422s", async () => {
    const badQuery = await post(csv(), ownerToken, "?dryRun=maybe");
    expect(badQuery.status).toBe(422);
    expect(await badQuery.json()).toMatchObject({ errors: [{ path: "dryRun", message: "Must be true or false" }] });
    const latin1 = new NextRequest("http://localhost/api/v1/readings/import", {
      method: "POST",
      body: new Uint8Array([0x6b, 0x70, 0x69, 0xe9, 0x0a]),
      headers: { authorization: `Bearer ${ownerToken}` },
    });
    expect((await expectProblem(await postImport(latin1), 422)).detail).toMatch(/UTF-8/);
  });
});

describe("POST /api/v1/readings/import writes", () => {
  it("a dry run previews new readings and corrections without writing", async () => {
    const kpi = await makeKpi({ ownerId: owner.id });
    await makeReading(kpi.id, "2025-01-01", 96);
    const response = await post(csv(`${kpi.code},2025-01-01,97,recount`, `${kpi.code},2025-02-01,96,`), ownerToken, "?dryRun=true");
    expect(response.status).toBe(200);
    expect(importResultSchema.parse(await response.json())).toEqual({ dryRun: true, rows: 2, imported: 1, corrected: 1, unchanged: 0 });
    expect(await countReadings([kpi.id])).toBe(1);
  });

  it("imports new readings and corrections (version 2, the note as reason), audited per reading and as a whole; a re-import changes nothing", async () => {
    const kpi = await makeKpi({ ownerId: owner.id });
    await makeReading(kpi.id, "2025-01-01", 96);
    const file = csv(`${kpi.code},2025-01-01,97,recount`, `${kpi.code},2025-02-01,96,`, `${kpi.code},2025-03-01,80,outage`);
    const audits = await countImportAudits(owner.id);

    const first = importResultSchema.parse(await (await post(file, ownerToken)).json());
    expect(first).toEqual({ dryRun: false, rows: 3, imported: 2, corrected: 1, unchanged: 0 });
    const correction = await db().reading.findFirst({ where: { kpiId: kpi.id, period: new Date("2025-01-01") }, orderBy: { version: "desc" } });
    expect(correction).toMatchObject({ version: 2, value: 97, note: "recount", reason: "recount", source: "import", enteredById: owner.id });
    expect(await countImportAudits(owner.id)).toBe(audits + 1);
    const perReading = await db().auditEvent.findMany({
      where: { actorId: owner.id, entityType: "Reading", after: { path: ["kpiId"], equals: kpi.id } },
      orderBy: { id: "asc" },
    });
    expect(perReading.map((event) => event.action).sort()).toEqual(["reading.correct", "reading.create", "reading.create"]);
    const corrected = perReading.find((event) => event.action === "reading.correct");
    expect(corrected?.before).toEqual({ value: 96, note: "", version: 1 });
    expect(corrected?.after).toMatchObject({ value: 97, version: 2, reason: "recount", source: "import" });
    expect(corrected?.entityId).toBe(String(correction?.id));

    const again = importResultSchema.parse(await (await post(file, ownerToken)).json());
    expect(again).toEqual({ dryRun: false, rows: 3, imported: 0, corrected: 0, unchanged: 3 });
    expect(await countReadings([kpi.id])).toBe(4);
  });

  it("a correction with an empty note gets the default reason", async () => {
    const kpi = await makeKpi({ ownerId: owner.id });
    await makeReading(kpi.id, "2025-01-01", 96);
    expect((await post(csv(`${kpi.code},2025-01-01,98,`), ownerToken)).status).toBe(200);
    const latest = await db().reading.findFirst({ where: { kpiId: kpi.id }, orderBy: { version: "desc" } });
    expect(latest).toMatchObject({ version: 2, reason: "Corrected by file import" });
  });

  it("reads a BOM, CRLF line ends, reordered columns and a quoted note with commas and a line break", async () => {
    const kpi = await makeKpi({ ownerId: owner.id });
    const file = `\uFEFFperiod,value,kpi_code,note\r\n2025-01-01,85,${kpi.code},"Outage, then ""recovery""\r\nsee INC-1"\r\n2025-02-01,96,${kpi.code},\r\n`;
    const response = await post(file, ownerToken);
    expect(importResultSchema.parse(await response.json())).toMatchObject({ imported: 2 });
    const reading = await db().reading.findFirst({ where: { kpiId: kpi.id, period: new Date("2025-01-01") } });
    expect(reading?.note).toBe('Outage, then "recovery"\r\nsee INC-1');
  });

  it("an administrator may import for any KPI", async () => {
    const admin = await makeUser({ role: "admin" });
    const response = await post(csv(`${theirs.code},2024-06-01,96,`), await makeApiToken(admin.id));
    expect(response.status).toBe(200);
  });
});

describe("POST /api/v1/readings/import access and limits", () => {
  it("401 without a valid token, 403 for a role that may not write readings", async () => {
    await expectProblem(await post(csv(), null), 401);
    await expectProblem(await post(csv(), "amb_not-a-real-token"), 401);
    const viewer = await makeUser({ role: "viewer" });
    expect((await expectProblem(await post(csv(), await makeApiToken(viewer.id)), 403)).detail).toMatch(/enter readings/);
    // An executive may enter the readings of KPIs they own, so the file is read, and each row of a
    // KPI someone else owns is refused.
    const executive = await makeUser({ role: "executive" });
    const refused = await expectProblem(await post(csv(`${mine.code},2025-01-01,5,`), await makeApiToken(executive.id)), 422);
    expect(refused.errors).toEqual([expect.objectContaining({ path: "rows[2].kpi_code" })]);
  });

  it("413 when the declared or the actual size is over the limit", async () => {
    const declared = await expectProblem(await post(csv(), ownerToken, "", { "content-length": String(IMPORT_MAX_BYTES + 1) }), 413);
    expect(declared.detail).toMatch(/20 MB/);
    const actual = await expectProblem(await post("x".repeat(IMPORT_MAX_BYTES + 1), ownerToken), 413);
    expect(actual).toMatchObject({ maxBytes: IMPORT_MAX_BYTES, maxRows: 250_000 });
  });

  it("413 when the file has more data rows than the limit, and nothing is written", async () => {
    const before = await countReadings([mine.id]);
    const rows = `${mine.code},2024-01-01,96\n`.repeat(250_001);
    const problem = await expectProblem(await post(`kpi_code,period,value\n${rows}`, ownerToken), 413);
    expect(problem.detail).toMatch(/250,001 data rows; at most 250,000/);
    expect(await countReadings([mine.id])).toBe(before);
  });
});

describe("progress stream", () => {
  const lines = async (response: Response) =>
    (await response.text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  it("streams phases with counts, then the result", async () => {
    const kpi = await makeKpi({ ownerId: owner.id });
    const response = await post(csv(`${kpi.code},2025-01-01,96,`, `${kpi.code},2025-02-01,97,`), ownerToken, "?progress=ndjson");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/x-ndjson");
    const all = await lines(response);
    const phases = new Set(all.flatMap((line) => (typeof line.phase === "string" ? [line.phase] : [])));
    expect([...phases]).toEqual(["parsing", "validating", "writing"]);
    expect(all.at(-1)).toEqual({ result: { dryRun: false, rows: 2, imported: 2, corrected: 0, unchanged: 0 } });
    expect(await countReadings([kpi.id])).toBe(2);
  });

  it("ends with the row errors when the file is refused", async () => {
    const all = await lines(await post(csv(`NOPE,2025-01-01,96,`), ownerToken, "?progress=ndjson&dryRun=true"));
    expect(all.at(-1)).toMatchObject({ problem: { status: 422, errors: [{ path: "rows[2].kpi_code", message: "Unknown KPI 'NOPE'" }] } });
    // The last line holds the same problem document the plain call answers.
    const last = all.at(-1) as { problem: unknown };
    expect(problemSchema.parse(last.problem)).toMatchObject({ type: "about:blank", title: "Unprocessable Content", status: 422 });
  });
});

describe("CSV exports", () => {
  const get = (handler: typeof getExport, path: string, token: string | null) =>
    handler(new NextRequest(`http://localhost${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }));

  it("exports current readings filtered by KPI and dates, history on request, formulas neutralised", async () => {
    const kpi = await makeKpi({ ownerId: owner.id });
    await post(csv(`${kpi.code},2024-01-01,96,=cmd()`, `${kpi.code},2024-02-01,96,`, `${kpi.code},2024-03-01,96,`), ownerToken);
    await post(csv(`${kpi.code},2024-01-01,97,recount`), ownerToken);
    const response = await get(getExport, `/api/v1/readings/export?kpi=${kpi.code}&from=2024-01-01&to=2024-02-01`, ownerToken);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="readings-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = parseCsv(await response.text()).map((record) => record.fields.slice(0, 5));
    expect(rows).toEqual([
      ["kpi_code", "period", "value", "note", "version"],
      [kpi.code, "2024-01-01", "97", "recount", "2"],
      [kpi.code, "2024-02-01", "96", "", "1"],
    ]);
    const history = parseCsv(await (await get(getExport, `/api/v1/readings/export?kpi=${kpi.code}&includeHistory=true&to=2024-01-31`, ownerToken)).text());
    expect(history.map((record) => record.fields[3])).toEqual(["note", "'=cmd()", "recount"]);
  });

  it("pages through more readings than one page holds", async () => {
    const { exportReadingPages } = await import("@/lib/db/reading-export");
    const kpi = await makeKpi({ ownerId: owner.id });
    await post(csv(...["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01"].map((period) => `${kpi.code},${period},96,`)), ownerToken);
    const pages: number[] = [];
    for await (const page of exportReadingPages({ kpiCodes: [kpi.code] }, 2)) pages.push(page.length);
    expect(pages).toEqual([2, 2, 1]);
  });

  it("exports the KPI catalogue; both exports need a sign-in and refuse bad filters", async () => {
    const response = await get(getCatalogue, "/api/v1/catalogue/export", ownerToken);
    const records = parseCsv(await response.text());
    expect(records[0]?.fields.slice(0, 3)).toEqual(["code", "name", "layer"]);
    expect(records.some((record) => record.fields[0] === mine.code)).toBe(true);
    expect((await get(getCatalogue, "/api/v1/catalogue/export", null)).status).toBe(401);
    expect((await get(getExport, "/api/v1/readings/export", null)).status).toBe(401);
    expect((await get(getExport, "/api/v1/readings/export?from=2024-13-01", ownerToken)).status).toBe(422);
  });
});
