// Runs in each test worker before the test file is imported, so lib/env sees the test database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= "integration-tests-secret-integration-tests-secret";
