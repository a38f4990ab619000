// Health must say 503 (as a problem document), not hang or crash, when the database is away.
import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";

describe("GET /api/v1/health without a database", () => {
  it("answers 503 with a problem document", async () => {
    vi.resetModules();
    // Port 9 (discard) on loopback: nothing listens, so the connection is refused at once.
    process.env.DATABASE_URL = "postgresql://nobody:nothing@127.0.0.1:9/none";
    const { GET } = await import("@/app/api/v1/health/route");
    const response = await GET(new NextRequest("http://localhost/api/v1/health"));
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 503, detail: "The database does not answer." });
  });

  it("an API route answers 503 with a problem document and Retry-After, not 500", async () => {
    vi.resetModules();
    process.env.DATABASE_URL = "postgresql://nobody:nothing@127.0.0.1:9/none";
    const { GET } = await import("@/app/api/v1/kpis/route");
    const response = await GET(new NextRequest("http://localhost/api/v1/kpis", { headers: { authorization: `Bearer amb_${"x".repeat(43)}` } }));
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("retry-after")).toBe("30");
    expect(await response.json()).toMatchObject({ status: 503, title: "Service Unavailable" });
  });
});
