import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { homeFor } from "@/lib/auth/home";

export default async function HomePage() {
  const user = await requireUser();
  redirect(homeFor(user.role));
}
