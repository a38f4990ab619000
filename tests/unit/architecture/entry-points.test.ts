// Every way into the product goes through its one wrapper: each export of a server-action file is
// `action(...)` and each HTTP method a route file exports is `route(...)` or `publicRoute(...)`.
// Read from the source with the TypeScript parser, so a new file is checked the day it is added.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const HTTP_METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]);
/** Sign-in and sign-out run before (and after) a session exists; they are the documented exception. */
const UNWRAPPED_ACTION_FILES = new Set(["lib/actions/auth.ts"]);
/** Auth.js's own handlers. */
const UNWRAPPED_ROUTE_FILES = new Set(["app/api/auth/[...nextauth]/route.ts"]);
/** The only routes anyone may call without signing in: load balancers, the contract, unknown paths. */
const PUBLIC_ROUTE_FILES = new Set(["app/api/v1/health/route.ts", "app/api/v1/openapi.json/route.ts", "app/api/v1/[...path]/route.ts"]);

function filesUnder(dir: string, match: (name: string) => boolean): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const relative = path.posix.join(dir, name);
    if (statSync(path.join(ROOT, relative)).isDirectory()) return filesUnder(relative, match);
    return match(name) ? [relative] : [];
  });
}

interface ExportedValue {
  name: string;
  /** The function a `const` export is made by (`action` in `export const x = action({...})`), if any. */
  madeBy: string | null;
  kind: "const" | "function" | "re-export" | "default";
}

/** The exported values of a module, type-only exports left out. */
function exportedValues(file: string): ExportedValue[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true);
  const consts = new Map<string, string | null>();
  const found: ExportedValue[] = [];
  const isExported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const callee = (init: ts.Expression | undefined) => (init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) ? init.expression.text : null);
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name)) continue;
        consts.set(declaration.name.text, callee(declaration.initializer));
        if (isExported(statement)) found.push({ name: declaration.name.text, madeBy: callee(declaration.initializer), kind: "const" });
      }
    } else if (ts.isFunctionDeclaration(statement) && isExported(statement)) {
      const isDefault = (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
      found.push({ name: isDefault ? "default" : (statement.name?.text ?? "default"), madeBy: null, kind: isDefault ? "default" : "function" });
    } else if (ts.isExportAssignment(statement)) {
      found.push({ name: "default", madeBy: callee(statement.expression), kind: "default" });
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) {
        if (element.isTypeOnly) continue;
        const local = (element.propertyName ?? element.name).text;
        found.push({ name: element.name.text, madeBy: consts.get(local) ?? null, kind: "re-export" });
      }
    }
  }
  return found;
}

/** A file whose first statements include the "use server" directive (any quotes, after comments). */
function isServerActionFile(file: string): boolean {
  const source = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true);
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === "use server") return true;
  }
  return false;
}

const sourceFiles = ["app", "components", "lib"].flatMap((dir) => filesUnder(dir, (name) => /\.tsx?$/.test(name)));
const actionFiles = sourceFiles.filter(isServerActionFile);
const routeFiles = filesUnder("app", (name) => name === "route.ts");

describe("every server action goes through action()", () => {
  it("finds the action files, and only in lib/actions", () => {
    expect(actionFiles.length).toBeGreaterThanOrEqual(5);
    expect(actionFiles.filter((file) => !file.startsWith("lib/actions/"))).toEqual([]);
  });

  it.each(actionFiles.filter((file) => !UNWRAPPED_ACTION_FILES.has(file)))("%s", (file) => {
    const unwrapped = exportedValues(file).filter((value) => value.madeBy !== "action");
    expect(unwrapped.map((value) => value.name)).toEqual([]);
  });
});

describe("every API handler goes through route() or publicRoute()", () => {
  it("finds the route files", () => expect(routeFiles.length).toBeGreaterThanOrEqual(15));

  it.each(routeFiles.filter((file) => !UNWRAPPED_ROUTE_FILES.has(file)))("%s", (file) => {
    const handlers = exportedValues(file).filter((value) => HTTP_METHODS.has(value.name));
    expect(handlers.length).toBeGreaterThan(0);
    const allowed = PUBLIC_ROUTE_FILES.has(file) ? ["route", "publicRoute"] : ["route"];
    const unwrapped = handlers.filter((value) => !allowed.includes(value.madeBy ?? ""));
    expect(unwrapped.map((value) => value.name)).toEqual([]);
  });
});

describe("the reader of exports", () => {
  // The check above is only as good as this reading of a file; it must see a bare handler.
  it("tells wrapped from bare exports", () => {
    const bare = exportedValues("tests/unit/architecture/fixtures/bare-route.ts.txt");
    expect(bare).toEqual([
      { name: "GET", madeBy: "route", kind: "const" },
      { name: "POST", madeBy: null, kind: "function" },
      { name: "PUT", madeBy: "somethingElse", kind: "const" },
      { name: "DELETE", madeBy: "route", kind: "re-export" },
      { name: "default", madeBy: null, kind: "default" },
    ]);
  });
});
