import { describe, expect, it } from "vitest";
import { migrationTimestamp, normaliseScript, validateMigrationName } from "@/scripts/db/migrate";

describe("validateMigrationName", () => {
  it("accepts lowercase letters, digits and underscores", () => {
    expect(validateMigrationName("add_kpi_owner_2")).toBe("add_kpi_owner_2");
  });

  it.each(["Add KPI owner", "add-kpi", "", "../escape", "ünïcode", "x".repeat(201)])("refuses %j", (name) => {
    expect(() => validateMigrationName(name)).toThrow(/Invalid migration name/);
  });

  it("suggests a valid spelling", () => {
    expect(() => validateMigrationName("Add KPI-owner")).toThrow(/e\.g\. add_kpi_owner$/);
  });
});

describe("migrationTimestamp", () => {
  const now = new Date("2026-11-24T09:05:07.891Z");

  it("formats the UTC time as YYYYMMDDHHMMSS", () => {
    expect(migrationTimestamp(now)).toBe("20261124090507");
    expect(migrationTimestamp(now, "20261123000000_init")).toBe("20261124090507");
  });

  it("goes one second past the newest migration when the clock is not ahead of it", () => {
    expect(migrationTimestamp(now, "20261124090507_same_second")).toBe("20261124090508");
    expect(migrationTimestamp(now, "20271231235959_future")).toBe("20280101000000");
  });

  it("ignores folders that do not start with a timestamp", () => {
    expect(migrationTimestamp(now, "manual")).toBe("20261124090507");
  });
});

describe("normaliseScript", () => {
  it("turns the engine's empty migration into an empty string", () => {
    expect(normaliseScript("-- This is an empty migration.\n")).toBe("");
    expect(normaliseScript("  \n\n")).toBe("");
  });

  it("keeps real SQL, ending in one newline", () => {
    expect(normaliseScript('-- AlterTable\nALTER TABLE "A" ADD COLUMN "b" TEXT;\n\n')).toBe('-- AlterTable\nALTER TABLE "A" ADD COLUMN "b" TEXT;\n');
  });
});
