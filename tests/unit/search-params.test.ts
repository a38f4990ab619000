import { describe, expect, it } from "vitest";
import { z } from "zod";
import { LAYERS } from "@/lib/domain/enums";
import { auditQuerySchema } from "@/lib/schemas/audit-filter";
import { kpiCatalogueQuerySchema } from "@/lib/schemas/kpi-filter";
import { pageNumberSchema, parseSearchParams } from "@/lib/schemas/search-params";

const schema = z.object({
  layer: z.enum(LAYERS, { error: "layer must be demand, supply or capability" }).optional(),
  owner: z.string().trim().optional(),
  page: pageNumberSchema,
});

describe("parseSearchParams", () => {
  it("gives the defaults when the query string is empty", () => {
    expect(parseSearchParams(schema, {})).toEqual({ values: { page: 1 }, refused: [] });
  });

  it("parses every parameter it is given", () => {
    expect(parseSearchParams(schema, { layer: "supply", owner: " ann@example.com ", page: "3" })).toEqual({
      values: { layer: "supply", owner: "ann@example.com", page: 3 },
      refused: [],
    });
  });

  it("drops a refused parameter to its default and says why, keeping the others", () => {
    const { values, refused } = parseSearchParams(schema, { layer: "sideways", owner: "ann", page: "0" });
    expect(values).toEqual({ owner: "ann", page: 1 });
    expect(refused).toEqual([
      { path: "layer", message: "layer must be demand, supply or capability" },
      { path: "page", message: "page must be a whole number from 1 to 100000" },
    ]);
  });

  it("takes the first of repeated values", () => {
    expect(parseSearchParams(schema, { layer: ["demand", "supply"] }).values.layer).toBe("demand");
    expect(parseSearchParams(schema, { layer: ["sideways", "supply"] }).refused.map((p) => p.path)).toEqual(["layer"]);
  });

  it("reads a blank value, as a form's empty field sends it, as not given", () => {
    expect(parseSearchParams(schema, { layer: "", page: "" })).toEqual({ values: { page: 1 }, refused: [] });
  });

  it("ignores parameters the schema does not name, even with a strict schema", () => {
    expect(parseSearchParams(schema, { utm_source: "mail" })).toEqual({ values: { page: 1 }, refused: [] });
    expect(parseSearchParams(z.strictObject({ page: pageNumberSchema }), { other: "x" })).toEqual({ values: { page: 1 }, refused: [] });
  });

  it("falls back on every parameter when a rule across them fails", () => {
    const range = z
      .object({ from: z.iso.date().optional(), to: z.iso.date().optional() })
      .refine((value) => !value.from || !value.to || value.from <= value.to, { path: ["to"], message: "to must not be before from" });
    expect(parseSearchParams(range, { from: "2026-03-01", to: "2026-02-01" })).toEqual({
      values: {},
      refused: [{ path: "to", message: "to must not be before from" }],
    });
  });

  it("serves the pages' own schemas: the KPI catalogue and the audit log", () => {
    expect(parseSearchParams(kpiCatalogueQuerySchema, { scorecard: "tactical", page: "2" })).toEqual({
      values: { page: 2 },
      refused: [{ path: "scorecard", message: "scorecard must be strategic, development or operational" }],
    });
    const audit = parseSearchParams(auditQuerySchema, { entityType: " Process ", actor: "a\u0000b", from: "2026-02-30", to: "2026-03-01" });
    expect(audit.values).toEqual({ entityType: "Process", actor: undefined, action: undefined, to: "2026-03-01", page: 1 });
    expect(audit.refused.map((problem) => problem.path)).toEqual(["actor", "from"]);
  });
});
