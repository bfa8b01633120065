/**
 * Which links stay on this site. "//host/x" and "/\host" start with a slash but leave it:
 * they are external links and get rel="noopener noreferrer" like any other. Pure.
 */
export function isInternalHref(href: string): boolean {
  return href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/\\");
}

/** rel for a link that leaves the site; user-written links also tell search engines not to vouch for them. */
export const EXTERNAL_REL = "noopener noreferrer";
export const USER_LINK_REL = "noopener noreferrer nofollow ugc";
