import { Badge } from "@/components/ui/badge";

export function LevelBadge({ level }: { level: string }) {
  return <Badge tone={level === "L3" ? "accent" : "neutral"}>{level}</Badge>;
}
