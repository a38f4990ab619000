import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  { ignores: ["node_modules/", ".next/", ".data/", "lib/generated/", "test-results/", "playwright-report/", "next-env.d.ts"] },
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The domain is plain TypeScript: no framework, no database (STYLE.md, data-flow rule 1).
    files: ["lib/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*", "react", "react-dom", "react/*"], message: "lib/domain must not import a framework." },
            { group: ["@prisma/*", "**/generated/prisma/**", "@/lib/db/*", "**/lib/db/**", "pg"], message: "lib/domain must not touch the database." },
          ],
        },
      ],
    },
  },
  {
    // Only lib/db (and the operator scripts and seed, which run outside the app) open the database.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/actions/**/*.ts", "lib/auth/**/*.ts", "lib/api/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@prisma/client", "@prisma/adapter-pg", "pg", "@/lib/db/client"], message: "Read and write through lib/db query functions." }] },
      ],
    },
  },
];

export default config;
