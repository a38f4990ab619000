import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RefusedFilters, refusedFilterId } from "@/components/ui/refused-filters";

describe("the refused-filter notice", () => {
  it("names each ignored parameter, why, and what the page shows instead", () => {
    const html = renderToStaticMarkup(
      createElement(RefusedFilters, {
        refused: [
          { path: "asOf", message: "asOf must be a real calendar date written YYYY-MM-DD" },
          { path: "layer", message: "layer must be demand, supply or capability" },
        ],
        fallbacks: { asOf: "today" },
      }),
    );
    expect(html).toContain('role="alert"');
    expect(html).toMatch(
      /id="as-of-error"[^>]*>Ignored filter <span[^>]*>asOf<\/span>: asOf must be a real calendar date written YYYY-MM-DD — showing today instead\.</,
    );
    expect(html).toMatch(/id="layer-error"[^>]*>Ignored filter <span[^>]*>layer<\/span>: layer must be demand, supply or capability\.<\/li>/);
  });

  it("renders nothing when every parameter was accepted", () => {
    expect(renderToStaticMarkup(createElement(RefusedFilters, { refused: [] }))).toBe("");
  });

  it("names the explanation after the parameter, for aria-describedby and tests", () => {
    expect([refusedFilterId("asOf"), refusedFilterId("businessFunction"), refusedFilterId("page")]).toEqual([
      "as-of-error",
      "business-function-error",
      "page-error",
    ]);
  });
});
