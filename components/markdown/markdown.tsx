import ReactMarkdown, { type Components } from "react-markdown";
import { Link } from "@/i18n/navigation";
import { remarkPlugins, rehypePlugins } from "@/lib/markdown/plugins";
import { EXTERNAL_REL, isInternalHref } from "@/lib/markdown/links";

// Site-internal links go through the locale-aware Link (so /en pages stay English);
// everything else is an ordinary external link.
const components: Components = {
  a: ({ href = "", children, node: _node, ...rest }) =>
    isInternalHref(href) ? (
      <Link href={href} {...rest}>
        {children}
      </Link>
    ) : (
      <a href={href} rel={EXTERNAL_REL} {...rest}>
        {children}
      </a>
    ),
};

type MarkdownProps = { children: string; className?: string };

/**
 * The Markdown renderer for content (user text is rendered once when written: StoredHtml). Server component:
 * KaTeX runs here, the browser receives HTML only. Raw HTML in the source is shown as text
 * (react-markdown without rehype-raw), and react-markdown drops javascript: URLs.
 */
export function Markdown({ children, className = "prose" }: MarkdownProps) {
  return (
    <div className={className}>
      <ReactMarkdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
