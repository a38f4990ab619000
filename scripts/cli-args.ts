// Tiny `--name value` parser for the operator scripts; unknown flags are errors.
export function parseFlags(argv: string[], allowed: readonly string[]): Record<string, string> {
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const match = arg.match(/^--([a-z-]+)(?:=(.*))?$/);
    if (!match?.[1] || !allowed.includes(match[1])) throw new Error(`Unknown argument ${arg}. Allowed: ${allowed.map((a) => `--${a}`).join(" ")}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new Error(`--${match[1]} needs a value`);
    flags[match[1]] = value;
  }
  return flags;
}

export function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}
