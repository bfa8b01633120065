#!/usr/bin/env node
/**
 * The app's HTTP server: Next's request handler behind a plain Node server, for one reason —
 * to hand the app the TCP peer address of each request. Next exposes no socket address to
 * route handlers or server actions, and only sets X-Forwarded-For when the client sent none,
 * so a client that sends its own value would otherwise choose the address it is throttled by
 * (issue 12). The peer goes in `x-rollout-peer`, overwriting anything a client sent under that
 * name; lib/auth/client-ip.ts decides from it (and TRUST_PROXY_HOPS) who the client is.
 *   node scripts/server.mjs [--dev] [--port 3000] [--hostname 0.0.0.0]
 */
import { createServer } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";

// Keep in step with lib/auth/client-ip.ts.
const PEER_HEADER = "x-rollout-peer";

const { values } = parseArgs({ options: { dev: { type: "boolean", default: false }, port: { type: "string" }, hostname: { type: "string" } } });
const dev = values.dev;
const port = Number(values.port ?? process.env.PORT ?? 3000);
// NOTE: next() reads NODE_ENV when it loads; `next start` sets it the same way.
process.env.NODE_ENV ??= dev ? "development" : "production";
process.env.NEXT_TELEMETRY_DISABLED = "1";

const { default: next } = await import("next");
const app = next({ dev, dir: path.resolve(import.meta.dirname, ".."), port, hostname: values.hostname });
const handle = app.getRequestHandler();
await app.prepare();

/** "/%" or "/a%zz": Next answers a path it cannot decode with a 500; it is the client's error. */
function decodes(url) {
  try {
    decodeURIComponent(new URL(url, "http://x").pathname);
    return true;
  } catch {
    return false;
  }
}

const server = createServer((req, res) => {
  if (!decodes(req.url ?? "/")) {
    res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("Bad request: the address is not valid percent-encoding.\n");
    return;
  }
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
  void handle(req, res);
});
server.listen(port, values.hostname, () => {
  console.log(`▲ Rollout ${dev ? "(dev) " : ""}listening on http://${values.hostname ?? "localhost"}:${port}`);
});
