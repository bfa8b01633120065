export function SiteFooter({ text }: { text: string }) {
  return (
    <footer className="mt-16 border-t border-line print:hidden">
      <div className="mx-auto max-w-5xl px-4 py-6 text-xs text-muted sm:px-6">{text}</div>
    </footer>
  );
}
