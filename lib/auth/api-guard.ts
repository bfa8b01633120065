import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { readJson } from "@/lib/http/json-body";
import { checkSignIn, checkSignUp, recordSignInFailure, recordSignInSuccess } from "./throttle";
import { rememberDevice, requestIp, signInAttempt, throttleLimits } from "./throttle-request";

const tooMany = (retryAfterSeconds: number) =>
  Response.json({ error: "rate_limited", message: "Too many attempts" }, { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } });

// better-auth's endpoints take a JSON object (or nothing); we only read the e-mail from it.
const authBody = z.record(z.string(), z.unknown());

/**
 * Wraps better-auth's POST endpoints: refuses oversized or malformed bodies before they reach
 * the library (read with a cap), and applies the same throttling as the sign-in and sign-up
 * forms, so the API is no way around them.
 */
export async function guardAuthApi(request: Request, next: (r: Request) => Promise<Response>): Promise<Response> {
  const body = await readJson(request, authBody, { optional: true });
  if (!body.ok) return body.response;
  const raw = JSON.stringify(body.data);
  const rebuilt = new Request(request.url, { method: "POST", headers: request.headers, body: raw });
  const path = new URL(request.url).pathname;
  const limits = throttleLimits();

  if (path.endsWith("/sign-up/email")) {
    const verdict = await checkSignUp(db, limits, requestIp(request.headers));
    return verdict.allowed ? next(rebuilt) : tooMany(verdict.retryAfterSeconds);
  }
  if (path.endsWith("/sign-in/email")) {
    const attempt = await signInAttempt(request.headers, typeof body.data.email === "string" ? body.data.email : "");
    const verdict = await checkSignIn(db, limits, attempt);
    if (!verdict.allowed) return tooMany(verdict.retryAfterSeconds);
    const response = await next(rebuilt);
    if (response.status === 401) await recordSignInFailure(db, limits, attempt);
    else if (response.ok) {
      await recordSignInSuccess(db, attempt);
      await rememberDevice(attempt.email);
    }
    return response;
  }
  return next(rebuilt);
}
