// The demo sign-ins: seeded, and shown on the sign-in page, in demo mode only.
import type { Role } from "@/lib/auth/permissions";

export const DEMO_PASSWORD = "demo1234";

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  /** What this person comes to the product for, shown beside the sign-in. */
  purpose: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "cto@example.com", name: "Claire Thornton", role: "executive", purpose: "Reviews the top-level scorecards" },
  { email: "owner@example.com", name: "Omar Haddad", role: "process_owner", purpose: "Owns the operations processes and KPIs" },
  { email: "owner2@example.com", name: "Priya Nair", role: "process_owner", purpose: "Owns the development and exploration processes" },
  { email: "board@example.com", name: "Benedikt Vogel", role: "board_member", purpose: "Prioritises improvement initiatives" },
  { email: "admin@example.com", name: "Ada Okafor", role: "admin", purpose: "Manages users and access" },
  { email: "viewer@example.com", name: "Victor Lindqvist", role: "viewer", purpose: "Business stakeholder, read-only" },
];
