// The real root layout (with <html>) is app/[locale]/layout.tsx: the locale decides `lang`.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
