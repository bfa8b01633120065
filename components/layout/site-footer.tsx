export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line">
      <div className="mx-auto max-w-5xl px-4 py-6 text-xs text-muted sm:px-6">
        Rollout · content written from curated sources, papers cited on every page.
      </div>
    </footer>
  );
}
