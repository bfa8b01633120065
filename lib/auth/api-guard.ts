import "server-only";
import { db } from "@/lib/db";
import { checkSignIn, checkSignUp, recordSignInFailure, recordSignInSuccess } from "./throttle";
import { throttleLimits as limits } from "./limits";
import { clientIp } from "./client-ip";

const MAX_BODY_BYTES = 16 * 1024;

const problem = (status: number, error: string, message: string, headers?: HeadersInit) =>
  Response.json({ error, message }, { status, headers });

/**
 * Wraps better-auth's POST endpoints: refuses oversized or malformed bodies before they reach
 * the library, and applies the same throttling as the sign-in / sign-up forms.
 */
export async function guardAuthApi(request: Request, next: (r: Request) => Promise<Response>): Promise<Response> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return problem(413, "payload_too_large", `Request body is larger than ${MAX_BODY_BYTES} bytes`);
  const raw = await request.text();
  if (raw.length > MAX_BODY_BYTES) return problem(413, "payload_too_large", `Request body is larger than ${MAX_BODY_BYTES} bytes`);
  let body: Record<string, unknown> = {};
  if (raw) {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error();
      body = parsed as Record<string, unknown>;
    } catch {
      return problem(400, "invalid_json", "Request body must be a JSON object");
    }
  }
  const rebuilt = new Request(request.url, { method: "POST", headers: request.headers, body: raw || undefined });
  const path = new URL(request.url).pathname;
  const email = typeof body.email === "string" ? body.email : "";

  if (path.endsWith("/sign-up/email")) {
    const verdict = await checkSignUp(db, limits(), clientIp(request.headers));
    if (!verdict.allowed) return problem(429, "rate_limited", "Too many attempts", { "Retry-After": String(verdict.retryAfterSeconds) });
    return next(rebuilt);
  }
  if (path.endsWith("/sign-in/email")) {
    const verdict = await checkSignIn(db, limits(), email, clientIp(request.headers));
    if (!verdict.allowed) return problem(429, "rate_limited", "Too many attempts", { "Retry-After": String(verdict.retryAfterSeconds) });
    const response = await next(rebuilt);
    if (response.status === 401) await recordSignInFailure(db, limits(), email);
    else if (response.ok) await recordSignInSuccess(db, email);
    return response;
  }
  return next(rebuilt);
}
