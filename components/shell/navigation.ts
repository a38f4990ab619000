import type { Permission } from "@/lib/auth/permissions";

export type NavIcon = "scorecards" | "functions" | "kpis" | "mine" | "import" | "processes" | "capabilities" | "teams" | "backlog" | "setup" | "admin";

export interface NavItem {
  href: string;
  label: string;
  icon: NavIcon;
  permission: Permission;
}

/** The product's areas, each shown only to roles the permission matrix lets in. */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/scorecards", label: "Scorecards", icon: "scorecards", permission: "scorecard:read" },
  { href: "/functions", label: "Business functions", icon: "functions", permission: "function:read" },
  { href: "/kpis/mine", label: "My KPIs", icon: "mine", permission: "reading:write" },
  { href: "/kpis/import", label: "Import & export", icon: "import", permission: "reading:write" },
  { href: "/kpis", label: "KPI catalogue", icon: "kpis", permission: "kpi:read" },
  { href: "/processes", label: "Processes", icon: "processes", permission: "process:read" },
  { href: "/capabilities", label: "Capabilities", icon: "capabilities", permission: "process:read" },
  { href: "/teams", label: "Teams", icon: "teams", permission: "process:read" },
  { href: "/backlog", label: "Backlog", icon: "backlog", permission: "initiative:read" },
  { href: "/setup", label: "Set-up", icon: "setup", permission: "function:manage" },
  { href: "/admin", label: "Admin", icon: "admin", permission: "user:manage" },
];
