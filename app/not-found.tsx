import Link from "next/link";

export default function NotFound() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-2 px-6 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="text-2xl font-semibold">This page does not exist</h1>
      <Link href="/" className="mt-2 text-sm font-medium text-brand-600 hover:text-brand-700">
        Back to your home page
      </Link>
    </main>
  );
}
