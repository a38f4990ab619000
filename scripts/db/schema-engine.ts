// The one place that knows how to drive @prisma/schema-engine-wasm, an internal, unversioned
// Prisma package: if an upgrade changes its shape, only this file should need to follow.
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type ErrorRegistry,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { DiffTarget, MigrationList, SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

const LOCK_FILE = "migration_lock.toml";
const MIGRATION_FILE = "migration.sql";
const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

/** Defaults for engine calls that take a filter: we manage every table and enum. */
export const EMPTY_SCHEMA = { filters: NO_FILTER } as const;

/** Schema text as the engine's diff expects it. The path only labels error messages. */
export function schemaFile(content: string): DiffTarget {
  return { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content }] };
}

/** The migrations folder as Prisma's CLI reads it: sub-folders only, in name order. */
export async function readMigrationList(baseDir: string): Promise<MigrationList> {
  const entries = await readdir(baseDir, { withFileTypes: true });
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const migrationDirectories = await Promise.all(
    names
      .sort((a, b) => a.localeCompare(b))
      .map(async (name) => {
        const content = await readFile(path.join(baseDir, name, MIGRATION_FILE), "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (error: unknown) => ({ tag: "error" as const, value: String(error) }),
        );
        return { path: name, migrationFile: { path: MIGRATION_FILE, content } };
      }),
  );
  const lock = await readFile(path.join(baseDir, LOCK_FILE), "utf8").catch(() => null);
  return { baseDir, lockfile: { path: LOCK_FILE, content: lock }, shadowDbInitScript: "", migrationDirectories };
}

/**
 * Runs `work` with an engine connected to `databaseUrl`. We own the pg pool and end it
 * afterwards: a pool the adapter made itself would keep an idle client (and the process) alive
 * for ~10 s after the engine is freed.
 */
export async function withSchemaEngine<T>(databaseUrl: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  await loadWasm();
  const pool = new pg.Pool({ connectionString: databaseUrl });
  const adapter = bindMigrationAwareSqlAdapterFactory(wholeScripts(new PrismaPg(pool)));
  try {
    const engine = await glue.SchemaEngine.new({ datamodels: undefined }, () => {}, adapter);
    try {
      return await work(engine);
    } finally {
      engine.free();
    }
  } catch (error) {
    throw engineError(error, adapter.errorRegistry);
  } finally {
    await pool.end();
  }
}

/**
 * adapter-pg runs a migration script by splitting it at every ";", even inside comments, strings
 * and function bodies, one statement at a time. Send the script whole instead, as the native
 * engine behind `prisma migrate deploy` does: one simple-protocol query (executeRaw without
 * arguments), which Postgres also runs atomically, so a failing migration leaves nothing behind.
 */
function wholeScripts(factory: PrismaPg): SqlMigrationAwareDriverAdapterFactory {
  const patch = (adapter: SqlDriverAdapter): SqlDriverAdapter =>
    Object.assign(adapter, {
      executeScript: async (script: string) => void (await adapter.executeRaw({ sql: script, args: [], argTypes: [] })),
    });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => patch(await factory.connect()),
    connectToShadowDb: async () => patch(await factory.connectToShadowDb()),
  };
}

let loading: Promise<void> | undefined;

/**
 * The package's entry point imports the .wasm file as an ES module, which Node cannot do, so we
 * wire its JS glue to the instance ourselves, once per process (the glue module is a singleton).
 */
function loadWasm(): Promise<void> {
  loading ??= (async () => {
    if (glueIsReady()) return;
    const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(gluePath.replace(/\.js$/, ".wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": withUnrefTimers(glue) });
    glue.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (typeof start !== "function") throw new Error("@prisma/schema-engine-wasm has no __wbindgen_start");
    (start as () => void)();
    installPanicRegistry();
  })();
  return loading;
}

/**
 * The engine arms timeouts (e.g. ~10 s around its migration lock) that it never clears; left as
 * they are, each keeps Node alive long after the work is done. Our pg pool keeps the process
 * alive while the engine is busy, so its timers need not.
 */
function withUnrefTimers(imports: WebAssembly.ModuleImports): WebAssembly.ModuleImports {
  const copy = { ...imports };
  for (const name of Object.keys(copy).filter((key) => key.startsWith("__wbg_setTimeout_"))) {
    copy[name] = (callback: () => void, delay: number) => setTimeout(callback, delay >>> 0).unref();
  }
  return copy;
}

/** Test runners may evaluate this file again in a process where the glue is already wired. */
function glueIsReady(): boolean {
  try {
    glue.version();
    return true;
  } catch {
    return false;
  }
}

// Rust panics report their message through this global before trapping with a bare
// "unreachable"; without it the glue itself crashes with a TypeError.
const panic = { message: "" };
function installPanicRegistry(): void {
  if (Reflect.has(globalThis, "PRISMA_WASM_PANIC_REGISTRY")) return;
  Reflect.set(globalThis, "PRISMA_WASM_PANIC_REGISTRY", { set_message: (text: string) => (panic.message = text) });
}

/** One readable line: the database's own error when the adapter raised it, no Rust backtrace. */
function engineError(error: unknown, registry: ErrorRegistry): Error {
  let text = error instanceof Error ? error.message : String(error);
  const externalId = /External error id#(\d+)/.exec(text)?.[1];
  const external = externalId === undefined ? undefined : registry.consumeError(Number(externalId))?.error;
  if (external instanceof Error) text = external.message;
  if (error instanceof WebAssembly.RuntimeError && panic.message) text = `schema engine panicked: ${panic.message}`;
  const migration = /migration_name="([^"]+)"/.exec(text)?.[1];
  const message = text.split(/\n\s+0: /)[0] ?? text; // the rest is a Rust span trace
  const line = message
    .split("\n")
    .map((part) => part.trim())
    .filter(Boolean)
    .join(" ");
  return new Error(migration ? `migration ${migration}: ${line}` : line, { cause: error });
}
