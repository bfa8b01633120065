/** Classic XSS payloads; each would set window.__xss, add a [data-xss] element or alert if it ran. */
export const XSS_PAYLOADS = [
  `<script>window.__xss=1</script>`,
  `<img src=x onerror="window.__xss=1">`,
  `<svg onload="window.__xss=1"></svg>`,
  `<svg><script>window.__xss=1</script></svg>`,
  `"><script>window.__xss=1</script>`,
  `'><img src=x onerror=window.__xss=1>`,
  `<iframe src="javascript:window.parent.__xss=1"></iframe>`,
  `<body onload=window.__xss=1>`,
  `<div data-xss="1" onmouseover="window.__xss=1">hover</div>`,
  `<a href="javascript:window.__xss=1">click</a>`,
  `[click](javascript:window.__xss=1)`,
  `[click](JaVaScRiPt:window.__xss=1)`,
  `![x](javascript:window.__xss=1)`,
  `<details open ontoggle=window.__xss=1>`,
  `<input autofocus onfocus=window.__xss=1>`,
  `<video><source onerror="window.__xss=1"></video>`,
  `<audio src=x onerror=window.__xss=1>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>`,
  `<object data="javascript:window.__xss=1"></object>`,
  `<embed src="javascript:window.__xss=1">`,
  `<form action="javascript:window.__xss=1"><button>go</button></form>`,
  `<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">`,
  `<style>@import 'javascript:window.__xss=1';</style>`,
  `<link rel=stylesheet href="javascript:window.__xss=1">`,
  `<base href="javascript:window.__xss=1//">`,
  `{{constructor.constructor('window.__xss=1')()}}`,
  `\${window.__xss=1}`,
  `<scr<script>ipt>window.__xss=1</scr</script>ipt>`,
  `%3Cscript%3Ewindow.__xss=1%3C/script%3E`,
  `&lt;script&gt;window.__xss=1&lt;/script&gt;`,
  `<img src="x" onerror="&#119;indow.__xss=1">`,
  `<svg><animate onbegin=window.__xss=1 attributeName=x dur=1s>`,
  `$\\href{javascript:window.__xss=1}{x}$`,
  `<span data-xss="1">marker</span>`,
] as const;

/** Fails if anything from a payload ran or was inserted as markup. */
export async function expectInert(page: import("@playwright/test").Page, where: string) {
  const result = await page.evaluate(() => ({
    flag: (window as unknown as { __xss?: unknown }).__xss,
    injected: document.querySelectorAll("[data-xss], iframe, object, embed, [onerror], [onload], [onfocus], [ontoggle], [onbegin], [onmouseover]").length,
    jsLinks: [...document.querySelectorAll("a[href]")].filter((a) => /^\s*javascript:/i.test(a.getAttribute("href") ?? "")).length,
  }));
  if (result.flag !== undefined || result.injected || result.jsLinks) throw new Error(`${where}: payload not inert ${JSON.stringify(result)}`);
}
