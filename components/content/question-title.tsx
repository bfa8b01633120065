type QuestionTitleProps = { zh: string; en: string | null; locale: string; as?: "h1" | "h2"; className?: string; note?: string };

/**
 * A question's title: the reader's language as the heading, the other beneath it. Under /en
 * the heading is the English title, and `note` says the text that follows is Chinese.
 */
export function QuestionTitle({ zh, en, locale, as: Heading = "h1", className = "text-2xl font-semibold tracking-tight", note }: QuestionTitleProps) {
  const english = locale === "en" && Boolean(en);
  const other = english ? zh : en;
  return (
    <>
      <Heading className={className} lang={english ? "en" : "zh-CN"}>{english ? en : zh}</Heading>
      {(other || (english && note)) && (
        <p className="mt-1 text-sm text-muted">
          {other && <span lang={english ? "zh-CN" : "en"}>{other}</span>}
          {english && note && <span>{other ? " · " : ""}{note}</span>}
        </p>
      )}
    </>
  );
}
