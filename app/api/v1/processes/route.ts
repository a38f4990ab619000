import { json, route } from "@/lib/api/route";
import { listProcessDetails } from "@/lib/db/processes";
import { utcDay } from "@/lib/domain/periods";
import { createProcessFor, processJson } from "@/lib/services/processes";

export const dynamic = "force-dynamic";

/** GET /api/v1/processes: every process with its steps and monitoring actions, by code. */
export const GET = route({ permission: "process:read" }, async () => {
  const today = utcDay(new Date());
  return json({ processes: (await listProcessDetails()).map((process) => processJson(process, today)) });
});

/** POST /api/v1/processes {code, name, kind, framework?, purpose?, ownerEmail}: 201 with the new process; 409 when the code is taken. */
export const POST = route(
  { permission: "process:manage", body: "json", maxBytes: 8 * 1024, tooLarge: "A new process is at most 8 KB of JSON." },
  async ({ user, body }) => {
    const result = await createProcessFor(user, body);
    return result.ok ? json({ process: result.value }, 201) : result.refusal;
  },
);
