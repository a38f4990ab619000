import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { homeFor } from "@/lib/auth/home";
import { can } from "@/lib/auth/permissions";
import { loadOrganisationSize } from "@/lib/db/setup-progress";
import { isEmptyOrganisation } from "@/lib/domain/setup-checklist";

export default async function HomePage() {
  const user = await requireUser();
  // A new deployment has nothing to score yet: whoever may set it up starts at the checklist.
  if (can(user, "function:manage") && isEmptyOrganisation(await loadOrganisationSize())) redirect("/setup");
  redirect(homeFor(user.role));
}
