import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { z } from "zod";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackPath } from "@/lib/auth/home";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo-accounts";
import { isDemoMode } from "@/lib/env";
import { parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";

export const metadata: Metadata = { title: "Sign in" };

/** Where to go after signing in; safeCallbackPath drops anything but a same-site path. */
const loginQuerySchema = z.object({ callbackUrl: z.string().optional() });

export default async function LoginPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  if (await getCurrentUser()) redirect("/");
  const callbackUrl = safeCallbackPath(parseSearchParams(loginQuerySchema, await searchParams).values.callbackUrl);
  const demo = isDemoMode() ? { accounts: DEMO_ACCOUNTS, password: DEMO_PASSWORD } : undefined;

  return (
    <main className="grid min-h-screen lg:grid-cols-[1.1fr_1fr]">
      <section className="hidden flex-col justify-between bg-slate-900 p-12 text-slate-100 lg:flex">
        <p className="text-lg font-semibold tracking-tight">
          Ambi<span className="text-brand-500">dex</span>
        </p>
        <div className="max-w-md space-y-4">
          <h1 className="text-3xl font-semibold leading-tight text-white">Run what you have. Explore what you need next.</h1>
          <p className="text-slate-300">
            Balance business demand with IT supply: layered KPIs on three balanced scorecards, performance gaps turned into a prioritised improvement backlog,
            and proof that initiatives moved the numbers.
          </p>
        </div>
        <p className="text-xs text-slate-500">Strategic · Development · Operational scorecards</p>
      </section>
      <section className="flex items-center justify-center px-6 py-12">
        <div className="w-full max-w-sm space-y-8">
          <div>
            <p className="text-lg font-semibold tracking-tight lg:hidden">
              Ambi<span className="text-brand-600">dex</span>
            </p>
            <h2 className="mt-2 text-2xl font-semibold tracking-tight">Sign in</h2>
            <p className="mt-1 text-sm text-slate-600">Use the account your administrator gave you.</p>
          </div>
          <SignInForm callbackUrl={callbackUrl} demo={demo} />
        </div>
      </section>
    </main>
  );
}
