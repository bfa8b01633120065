/**
 * npm run bench:page-weight -- <url> [<url> …] — the JavaScript a page makes the browser load:
 * every <script src> in its HTML, raw and gzip bytes (what travels with compression on).
 */
import { gzipSync } from "node:zlib";

async function weigh(url: string) {
  const html = await (await fetch(url)).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => new URL(m[1]!, url).toString()))];
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(src)).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
  console.log(`${url}\n  ${sources.length} script files: ${(raw / 1024).toFixed(1)} KiB raw, ${(gzip / 1024).toFixed(1)} KiB gzip · inline scripts (RSC payload) ${(inline / 1024).toFixed(1)} KiB · HTML ${(Buffer.byteLength(html) / 1024).toFixed(1)} KiB`);
}

for (const url of process.argv.slice(2)) await weigh(url);
