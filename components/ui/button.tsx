type ButtonProps = React.ButtonHTMLAttributes<HTMLButtonElement> & { variant?: "primary" | "secondary" | "danger" };

const VARIANTS = {
  primary: "bg-accent text-accent-fg hover:opacity-90",
  secondary: "border border-line hover:bg-surface-2",
  danger: "bg-bad text-white hover:opacity-90",
};

export function Button({ variant = "primary", className = "", ...props }: ButtonProps) {
  return <button {...props} className={`rounded px-4 py-2 text-sm font-medium disabled:opacity-50 ${VARIANTS[variant]} ${className}`} />;
}
