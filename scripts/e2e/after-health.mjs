// node scripts/e2e/after-health.mjs <url> <command…>: runs the command once <url> answers 200, so
// an end-to-end server that would otherwise build the app at the same time as another waits for it.
import { spawn } from "node:child_process";

const [url, command, ...args] = process.argv.slice(2);
if (!url || !command) throw new Error("usage: after-health.mjs <url> <command…>");

for (const started = Date.now(); ;) {
  const up = await fetch(url).then(
    (response) => response.ok,
    () => false,
  );
  if (up) break;
  if (Date.now() - started > 400_000) throw new Error(`${url} did not answer within 400 s`);
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
const child = spawn(command, args, { stdio: "inherit" });
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
