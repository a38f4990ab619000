// Lint is where the house's boundaries are enforced (docs/style.md): what each layer may import,
// and type-aware rules that catch promises and `any` leaking through.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/** A client component ships to the browser: it may take types from the server side, never code. */
const clientBoundary = {
  meta: {
    type: "problem",
    messages: { server: 'A "use client" file must not import {{source}}: it would ship server code (and the database) to the browser.' },
  },
  create(context) {
    const body = context.sourceCode.ast.body;
    const isClient = body.some((node) => node.type === "ExpressionStatement" && node.directive === "use client");
    if (!isClient) return {};
    return {
      ImportDeclaration(node) {
        const source = String(node.source.value);
        const serverOnly =
          /^@\/lib\/(db|services|auth\/(config|current-user))(\/|$)/.test(source) || source === "server-only" || /^@\/lib\/generated/.test(source);
        const typesOnly = node.importKind === "type" || (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === "type"));
        if (serverOnly && !typesOnly) context.report({ node, messageId: "server", data: { source } });
      },
    };
  },
};

const database = ["@prisma/client", "@prisma/client/*", "@prisma/adapter-pg", "pg", "@/lib/generated/*", "**/lib/generated/**"];

const config = [
  { ignores: ["node_modules/", ".next/", ".data/", ".e2e/", "lib/generated/", "test-results/", "playwright-report/", "next-env.d.ts"] },
  ...nextVitals,
  ...nextTypescript,
  {
    plugins: { house: { rules: { "client-boundary": clientBoundary } } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "house/client-boundary": "error",
    },
  },
  {
    // Type-aware rules: the ones that find real bugs (unhandled promises, `any` flowing in) rather
    // than matters of taste.
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/no-unsafe-assignment": "error",
      "@typescript-eslint/no-unsafe-call": "error",
      "@typescript-eslint/no-unsafe-member-access": "error",
      "@typescript-eslint/no-unsafe-return": "error",
      "@typescript-eslint/no-unsafe-argument": "error",
      "@typescript-eslint/no-base-to-string": "error",
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      "@typescript-eslint/no-unnecessary-type-assertion": "error",
    },
  },
  {
    // Asymmetric matchers (expect.any, expect.stringMatching) are typed `any` by design.
    files: ["tests/**/*.ts"],
    rules: { "@typescript-eslint/no-unsafe-assignment": "off", "@typescript-eslint/no-unsafe-argument": "off" },
  },
  {
    // lib/db is queries only: who may do what is decided in lib/services, input is parsed there.
    files: ["lib/db/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "zod", message: "lib/db takes parsed input; parse in the service." }],
          patterns: [
            { group: ["@/lib/auth/*"], message: "lib/db does not authorise; the service does (roles are in lib/domain/enums)." },
            { group: ["@/lib/schemas/*"], allowTypeImports: true, message: "lib/db may take types from lib/schemas, not run them." },
            { group: ["@/lib/services/*", "@/lib/actions/*", "@/lib/api/*"], message: "lib/db is the bottom layer." },
          ],
        },
      ],
    },
  },
  {
    // Only lib/db (and the operator scripts, seed and tests, which run outside the app) open the database.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["lib/db/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: [...database, "@/lib/db/client"], allowTypeImports: false, message: "Read and write through lib/db query functions." }] },
      ],
    },
  },
  {
    // Routes and pages call use cases and queries, never a transaction of their own.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/actions/**/*.ts", "lib/api/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: [...database, "@/lib/db/client", "@/lib/db/transaction"], message: "Write through a use case in lib/services." }] },
      ],
    },
  },
  {
    // Last, so that no broader block replaces its import rules (flat config: the last one wins).
    // The domain is plain TypeScript and imports only itself: no framework, no database, no
    // validation library, no permission matrix. Rules take already-parsed values and decisions.
    files: ["lib/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*", "next-auth", "next-auth/*", "react", "react-dom", "react/*"], message: "lib/domain must not import a framework." },
            { group: [...database, "@/lib/db", "@/lib/db/*"], message: "lib/domain must not touch the database." },
            { group: ["zod", "zod/*"], message: "lib/domain is plain TypeScript: parse input in lib/schemas." },
            { regex: "^(?!\\.{1,2}/|@/lib/domain(/|$))", message: "lib/domain imports only lib/domain (relative or @/lib/domain/…)." },
          ],
        },
      ],
      "import/no-restricted-paths": [
        "error",
        { zones: [{ target: "./lib/domain", from: "./", except: ["./lib/domain", "./node_modules"], message: "lib/domain imports only lib/domain." }] },
      ],
    },
  },
];

export default config;
