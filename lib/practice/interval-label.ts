/** "in 10 min", "in 3 d" — the time until a due date, short, for the grade buttons. Pure. */
export function intervalLabel(fromIso: string | Date, toIso: string | Date, locale: string): string {
  const minutes = Math.max(0, (new Date(toIso).getTime() - new Date(fromIso).getTime()) / 60000);
  const zh = locale !== "en";
  if (minutes < 1) return zh ? "<1分钟" : "<1m";
  if (minutes < 60) return zh ? `${Math.round(minutes)}分钟` : `${Math.round(minutes)}m`;
  const hours = minutes / 60;
  if (hours < 24) return zh ? `${Math.round(hours)}小时` : `${Math.round(hours)}h`;
  const days = hours / 24;
  if (days < 30) return zh ? `${Math.round(days)}天` : `${Math.round(days)}d`;
  const months = days / 30.44;
  if (months < 12) return zh ? `${months.toFixed(1).replace(/\.0$/, "")}个月` : `${months.toFixed(1).replace(/\.0$/, "")}mo`;
  return zh ? `${(days / 365.25).toFixed(1).replace(/\.0$/, "")}年` : `${(days / 365.25).toFixed(1).replace(/\.0$/, "")}y`;
}
