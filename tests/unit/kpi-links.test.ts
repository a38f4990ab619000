import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideLink, isLinkWeight, layerMaySupport, pathBetween, type LinkEdge, type LinkEnd } from "@/lib/domain/kpi-links";
import { LAYERS, type Layer } from "@/lib/domain/enums";

const cap = (code: string): LinkEnd => ({ code, layer: "capability" });
const sup = (code: string): LinkEnd => ({ code, layer: "supply" });
const dem = (code: string): LinkEnd => ({ code, layer: "demand" });

describe("layerMaySupport", () => {
  it.each<[Layer, Layer, boolean]>([
    ["capability", "supply", true],
    ["supply", "demand", true],
    ["capability", "demand", false],
    ["capability", "capability", false],
    ["supply", "supply", false],
    ["supply", "capability", false],
    ["demand", "demand", false],
    ["demand", "supply", false],
    ["demand", "capability", false],
  ])("%s → %s: %s", (from, to, allowed) => {
    expect(layerMaySupport(from, to)).toBe(allowed);
  });
});

describe("decideLink", () => {
  it("allows capability → supply and supply → demand", () => {
    expect(decideLink(cap("C-1"), sup("S-1"), [])).toEqual({ allowed: true });
    expect(decideLink(sup("S-1"), dem("D-1"), [])).toEqual({ allowed: true });
  });

  it("refuses the wrong way round, naming both KPIs", () => {
    const decision = decideLink(dem("D-1"), sup("S-1"), []);
    expect(decision).toMatchObject({ allowed: false, reason: "wrong-direction" });
    expect(!decision.allowed && decision.message).toMatch(/D-1 cannot support S-1: D-1 is a demand KPI and S-1 a supply KPI/);
  });

  it("refuses skipping a layer", () => {
    const decision = decideLink(cap("C-1"), dem("D-1"), []);
    expect(!decision.allowed && decision.message).toMatch(/C-1 cannot support D-1.*capability KPIs support only supply KPIs/);
  });

  it("refuses a self-link as a cycle", () => {
    expect(decideLink(sup("S-1"), sup("S-1"), [])).toMatchObject({ allowed: false, reason: "cycle", message: "S-1 cannot support itself." });
  });

  it("refuses a link that closes a cycle, naming the path", () => {
    const edges: LinkEdge[] = [
      { supporting: "A", supported: "B" },
      { supporting: "B", supported: "C" },
    ];
    const decision = decideLink(sup("C"), dem("A"), edges);
    expect(decision).toMatchObject({ allowed: false, reason: "cycle", path: ["A", "B", "C", "A"] });
    expect(!decision.allowed && decision.message).toContain("C cannot support A: that would close a cycle (A → B → C → A).");
  });
});

describe("pathBetween", () => {
  it("finds a path along the links and null when there is none", () => {
    const edges: LinkEdge[] = [
      { supporting: "A", supported: "B" },
      { supporting: "B", supported: "C" },
    ];
    expect(pathBetween(edges, "A", "C")).toEqual(["A", "B", "C"]);
    expect(pathBetween(edges, "C", "A")).toBeNull();
  });
});

describe("isLinkWeight", () => {
  it.each([
    [1, true],
    [0.1, true],
    [0, false],
    [-1, false],
    [Number.POSITIVE_INFINITY, false],
    [Number.NaN, false],
  ])("%s → %s", (weight, expected) => expect(isLinkWeight(weight)).toBe(expected));
});

/** Kahn's algorithm: true when every node can be removed in dependency order. */
function acyclic(edges: readonly LinkEdge[]): boolean {
  const indegree = new Map<string, number>();
  for (const { supporting, supported } of edges) {
    indegree.set(supporting, indegree.get(supporting) ?? 0);
    indegree.set(supported, (indegree.get(supported) ?? 0) + 1);
  }
  const ready = [...indegree].filter(([, n]) => n === 0).map(([node]) => node);
  let removed = 0;
  while (ready.length > 0) {
    const node = ready.pop() as string;
    removed += 1;
    for (const edge of edges.filter((e) => e.supporting === node)) {
      const n = (indegree.get(edge.supported) ?? 0) - 1;
      indegree.set(edge.supported, n);
      if (n === 0) ready.push(edge.supported);
    }
  }
  return removed === indegree.size;
}

describe("property: accepted links never make a cycle", () => {
  it("holds for any sequence of proposed links", () => {
    const kpiArb = fc.record({ code: fc.constantFrom("K1", "K2", "K3", "K4", "K5", "K6"), layer: fc.constantFrom(...LAYERS) });
    // Each code keeps the layer it was first proposed with, as a real KPI does.
    fc.assert(
      fc.property(fc.array(fc.tuple(kpiArb, kpiArb), { maxLength: 40 }), (proposals) => {
        const layers = new Map<string, Layer>();
        const end = (k: LinkEnd): LinkEnd => {
          if (!layers.has(k.code)) layers.set(k.code, k.layer);
          return { code: k.code, layer: layers.get(k.code) as Layer };
        };
        const edges: LinkEdge[] = [];
        for (const [a, b] of proposals) {
          const from = end(a);
          const to = end(b);
          if (decideLink(from, to, edges).allowed) edges.push({ supporting: from.code, supported: to.code });
        }
        expect(acyclic(edges)).toBe(true);
      }),
    );
  });

  it("holds even when layers are ignored: the cycle check alone keeps the graph acyclic", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })), { maxLength: 40 }), (proposals) => {
        const edges: LinkEdge[] = [];
        for (const [a, b] of proposals) {
          const from = `K${a}`;
          const to = `K${b}`;
          if (from === to || pathBetween(edges, to, from)) continue;
          edges.push({ supporting: from, supported: to });
        }
        expect(acyclic(edges)).toBe(true);
      }),
    );
  });
});
