"use client";

export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-6 text-sm text-red-900">
      <h2 className="text-base font-semibold">This page could not be shown</h2>
      <p className="mt-1">Something went wrong on our side. Try again; if it keeps failing, give an administrator this reference: {error.digest ?? "n/a"}.</p>
      <button type="button" onClick={reset} className="mt-4 rounded-md bg-white px-3 py-1.5 font-medium ring-1 ring-red-200 hover:bg-red-100">
        Try again
      </button>
    </div>
  );
}
