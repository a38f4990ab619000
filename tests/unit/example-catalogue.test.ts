// The example catalogue as a starting point: dates move by whole months, people become the importer.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { monthsBetween, shiftByMonths, startingPoint } from "@/lib/domain/example-catalogue";
import { fromIsoDate } from "@/lib/domain/periods";

describe("shiftByMonths", () => {
  it.each([
    ["2026-12-01", 1, "2027-01-01"],
    ["2027-01-31", 1, "2027-02-28"],
    ["2028-01-31", 1, "2028-02-29"],
    ["2026-03-31", -1, "2026-02-28"],
    ["2026-12-15", 0, "2026-12-15"],
  ])("%s moved by %i months is %s", (from, months, to) => {
    expect(shiftByMonths(from, months)).toBe(to);
  });

  it("keeps the order of any two dates", () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, fc.integer({ min: -36, max: 36 }), (a, b, months) => {
        if (a <= b) expect(shiftByMonths(a, months) <= shiftByMonths(b, months)).toBe(true);
      }),
    );
  });
});

describe("startingPoint", () => {
  it("moves dates to today's month, hands every person field to the importer and empties teams", () => {
    const example = {
      format: "ambidex-catalogue",
      businessFunctions: [{ code: "SAL", demandProfiles: [{ effectiveFrom: "2025-06-01", rationale: "x" }] }],
      priorities: [{ code: "P", startsOn: "2026-10-01", endsOn: "2027-03-31" }],
      processes: [{ code: "PRC", ownerEmail: "owner@example.com", monitoring: [{ accountableEmail: "owner2@example.com" }] }],
      coordinationMechanisms: [{ code: "CM", leadEmail: "cto@example.com" }],
      teams: [{ code: "RUN", members: ["owner@example.com"] }],
    };
    expect(monthsBetween("2026-12-01", fromIsoDate("2027-02-10"))).toBe(2);
    expect(startingPoint(example, { from: "2026-12-01", to: fromIsoDate("2027-02-10"), email: "me@bank.example" })).toEqual({
      format: "ambidex-catalogue",
      businessFunctions: [{ code: "SAL", demandProfiles: [{ effectiveFrom: "2025-08-01", rationale: "x" }] }],
      priorities: [{ code: "P", startsOn: "2026-12-01", endsOn: "2027-05-31" }],
      processes: [{ code: "PRC", ownerEmail: "me@bank.example", monitoring: [{ accountableEmail: "me@bank.example" }] }],
      coordinationMechanisms: [{ code: "CM", leadEmail: "me@bank.example" }],
      teams: [{ code: "RUN", members: [] }],
    });
  });
});
