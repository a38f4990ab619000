import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PERMISSIONS, describePermission, type Permission } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Not allowed" };

export default async function ForbiddenPage({ searchParams }: { searchParams: Promise<{ need?: string }> }) {
  const need = (await searchParams).need;
  const permission = PERMISSIONS.find((p): p is Permission => p === need);
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
