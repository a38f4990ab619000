import Link from "next/link";

export function SetupBreadcrumb() {
  return (
    <nav aria-label="Breadcrumb" className="mb-2 text-sm">
      <Link href="/setup" className="text-brand-700 hover:underline">
        ← Set-up checklist
      </Link>
    </nav>
  );
}
