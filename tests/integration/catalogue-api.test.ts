// The catalogue through /api/v1: export as JSON or YAML, the published JSON Schema, import of a
// YAML file with a dry run, and refusals as problem documents naming the place in the file.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { POST as postImport } from "@/app/api/v1/catalogue/import/route";
import { GET as getCatalogue } from "@/app/api/v1/catalogue/route";
import { GET as getSchema } from "@/app/api/v1/catalogue/schema/route";
import { cataloguePlanSchema } from "@/lib/schemas/catalogue";
import { problemSchema } from "@/lib/schemas/problem-document";
import { makeApiToken, makeUser, newCode } from "../factories";

const none = { params: Promise.resolve({}) };
const call = (method: string, path: string, token: string, body?: string, contentType = "application/json") =>
  new NextRequest(`http://localhost${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": contentType },
    ...(body === undefined ? {} : { body }),
  });

describe("/api/v1/catalogue", () => {
  it("exports JSON and YAML with the same content, and publishes the JSON Schema", async () => {
    const viewer = await makeApiToken((await makeUser({ role: "viewer" })).id);
    const asJson = await getCatalogue(call("GET", "/api/v1/catalogue", viewer), none);
    expect([asJson.status, asJson.headers.get("content-type"), asJson.headers.get("cache-control")]).toEqual([
      200,
      "application/json; charset=utf-8",
      "no-store",
    ]);
    const document = (await asJson.json()) as { format: string; kpis: unknown[] };
    expect(document.format).toBe("ambidex-catalogue");
    const asYaml = await getCatalogue(call("GET", "/api/v1/catalogue?format=yaml", viewer), none);
    expect(asYaml.headers.get("content-disposition")).toMatch(/attachment; filename="catalogue-\d{4}-\d{2}-\d{2}\.yaml"/);
    expect((parse(await asYaml.text()) as { kpis: unknown[] }).kpis.length).toBeGreaterThanOrEqual(document.kpis.length);
    const schema = (await (await getSchema(call("GET", "/api/v1/catalogue/schema", viewer), none)).json()) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["valueChains", "kpis", "links", "coordinationMechanisms"]));
  });

  it("imports YAML all or nothing: a dry run plans, a bad entry is named by its path, viewers are refused", async () => {
    const admin = await makeApiToken((await makeUser({ role: "admin" })).id);
    const viewer = await makeApiToken((await makeUser({ role: "viewer" })).id);
    const code = newCode("VC");
    const yaml = `format: ambidex-catalogue\nversion: 1\nvalueChains:\n  - code: ${code}\n    name: Client services\n`;
    const dry = await postImport(call("POST", "/api/v1/catalogue/import?dryRun=true", admin, yaml, "application/yaml"), none);
    expect(dry.status).toBe(200);
    expect(cataloguePlanSchema.parse(await dry.json())).toMatchObject({ dryRun: true, sections: { valueChains: { created: [code] } } });
    const bad = await postImport(
      call("POST", "/api/v1/catalogue/import", admin, `${yaml}  - code: ${newCode("VC")}\n    name: ""\n`, "application/yaml"),
      none,
    );
    expect(bad.status).toBe(422);
    expect(problemSchema.parse(await bad.json()).errors?.map((e) => e.path)).toEqual(["valueChains[1].name"]);
    const broken = await postImport(call("POST", "/api/v1/catalogue/import", admin, "format: [unclosed", "application/yaml"), none);
    expect([broken.status, problemSchema.parse(await broken.json()).errors?.[0]?.path]).toEqual([422, "file"]);
    expect((await postImport(call("POST", "/api/v1/catalogue/import", viewer, yaml, "application/yaml"), none)).status).toBe(403);
    // Hostile files are refused with a problem at their place, never a 500.
    for (const [file, path] of [
      [`format: ambidex-catalogue\nversion: 1\ncapabilities:\n  - code: "A\\0"\n    archived: true\n`, "capabilities[0].code"],
      [
        `format: ambidex-catalogue\nversion: 1\nvalueChains:\n  - code: ${code}\n    name: Client services\n  - code: ${code}\n    name: Twice\n`,
        "valueChains[1].code",
      ],
      [`format: ambidex-catalogue\nversion: 1\nlinks:\n  - { kpi: "../x", supports: "Y" }\n`, "links[0].kpi"],
    ] as const) {
      const hostile = await postImport(call("POST", "/api/v1/catalogue/import?dryRun=true", admin, file, "application/yaml"), none);
      expect([hostile.status, problemSchema.parse(await hostile.json()).errors?.map((e) => e.path)], file).toEqual([422, [path]]);
    }
    const done = await postImport(call("POST", "/api/v1/catalogue/import", admin, yaml, "application/yaml"), none);
    expect(cataloguePlanSchema.parse(await done.json()).sections.valueChains.created).toEqual([code]);
  });
});
