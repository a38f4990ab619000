import type { Metadata } from "next";
import { z } from "zod";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PERMISSIONS, describePermission } from "@/lib/auth/permissions";
import { parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";

export const metadata: Metadata = { title: "Not allowed" };

/** The permission the refused page needed, set by the redirect that brought the user here. */
const forbiddenQuerySchema = z.object({ need: z.enum(PERMISSIONS).optional() });

export default async function ForbiddenPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  // An unknown `need` is only left unsaid: it names no filter, so there is no notice to show.
  const permission = parseSearchParams(forbiddenQuerySchema, await searchParams).values.need;
  return (
    <EmptyState title="Your role does not give access to this page">
      {permission && <p>It needs permission to {describePermission(permission)}.</p>}
      <p className="mt-2">
        <Link href="/" className="font-medium text-brand-600">
          Go to your home page
        </Link>
      </p>
    </EmptyState>
  );
}
