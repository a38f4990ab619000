import { describe, expect, it } from "vitest";
import { hashApiToken, issueApiToken, looksLikeApiToken } from "@/lib/auth/api-token";
import { homeFor, safeCallbackPath } from "@/lib/auth/home";
import { ROLES } from "@/lib/auth/permissions";

describe("homeFor", () => {
  it("sends each role to the place its work starts", () => {
    expect(Object.fromEntries(ROLES.map((role) => [role, homeFor(role)]))).toEqual({
      admin: "/admin",
      executive: "/scorecards",
      process_owner: "/kpis/mine",
      board_member: "/backlog",
      viewer: "/scorecards",
    });
  });
});

describe("safeCallbackPath", () => {
  it.each(["/kpis", "/kpis?layer=demand", "/"])("keeps same-site path %s", (path) => expect(safeCallbackPath(path)).toBe(path));
  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "kpis", 42, undefined])("drops %s", (path) =>
    expect(safeCallbackPath(path)).toBeUndefined(),
  );
});

describe("API tokens", () => {
  it("are random, recognisable, and stored only as a hash that matches", () => {
    const a = issueApiToken();
    const b = issueApiToken();
    expect(a.token).not.toBe(b.token);
    expect(looksLikeApiToken(a.token)).toBe(true);
    expect(a.tokenHash).toBe(hashApiToken(a.token));
    expect(a.tokenHash).not.toContain(a.token.slice(4));
    expect(a.token.startsWith(a.prefix)).toBe(true);
  });

  it.each(["", "Bearer", "amb_short", "ghp_0123456789012345678901234567"])("rejects %s as not a token", (value) =>
    expect(looksLikeApiToken(value)).toBe(false),
  );
});
