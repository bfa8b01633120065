import { notFound } from "next/navigation";

// Unknown paths render the localized not-found page (app/[locale]/not-found.tsx), not Next's bare one.
export default function CatchAll() {
  notFound();
}
