import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Playwright cannot download its own browsers on every machine, so the tests drive an installed
// Chromium (Debian's `chromium` package by default).
const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
const chromium = CANDIDATES.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
if (!chromium) {
  throw new Error(
    "No Chromium found for the end-to-end tests. Install it with `sudo apt-get install -y chromium` " +
      "(Debian/Ubuntu), or point CHROMIUM_PATH at a Chrome/Chromium executable.",
  );
}

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
/** The second server, on an empty database: tests/e2e/first-hour.spec.ts. */
const EMPTY_BASE_URL = `http://127.0.0.1:${port + 1}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      // The real app on a throw-away embedded database, migrated and seeded with the demo organisation.
      command: "npx tsx --conditions=react-server scripts/start.ts --throwaway",
      url: `${baseURL}/api/v1/health`,
      env: { PORT: String(port), DEMO_MODE: "1", DATABASE_URL: process.env.E2E_DATABASE_URL ?? "" },
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    },
    {
      // A real deployment's first hour: an empty database, demo mode off (tests/e2e/first-hour.spec.ts).
      // It waits for the first server, which builds the app, so the two never build at once.
      command: `node scripts/e2e/after-health.mjs ${baseURL}/api/v1/health npx tsx --conditions=react-server scripts/start.ts --throwaway`,
      url: `${EMPTY_BASE_URL}/api/v1/health`,
      env: { PORT: String(port + 1), DEMO_MODE: "0", DATABASE_URL: "", E2E_URL_FILE: "empty-database-url" },
      timeout: 420_000,
      reuseExistingServer: false,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    },
  ],
});
