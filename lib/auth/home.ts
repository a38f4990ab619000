import type { Role } from "./permissions";

/** Where each role lands after sign-in: the place its work starts. */
export function homeFor(role: Role): string {
  switch (role) {
    case "executive":
    case "viewer":
      return "/scorecards";
    case "process_owner":
      return "/kpis/mine";
    case "board_member":
      return "/backlog";
    case "admin":
      return "/admin";
  }
}

/** Only same-site paths may be redirected to after sign-in (no open redirects). */
export function safeCallbackPath(value: unknown): string | undefined {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return undefined;
  return value;
}
