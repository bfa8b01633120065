type PageHeaderProps = { title: string; intro?: string; children?: React.ReactNode };

export function PageHeader({ title, intro, children }: PageHeaderProps) {
  return (
    <div className="mb-8">
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{title}</h1>
      {intro && <p className="mt-2 max-w-3xl text-muted">{intro}</p>}
      {children}
    </div>
  );
}
