/**
 * Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): a browser
 * that signed in to an account gets a signed token proving it; sign-ins from it are counted on
 * their own, so a stranger's guessing cannot lock the owner out. The token names no account:
 * it is checked against the e-mail being signed in to. Pure (node:crypto).
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const DEVICE_COOKIE = "__Secure-rollout-device";
export const DEVICE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

const sign = (secret: string, email: string, id: string) =>
  createHmac("sha256", secret).update(`rollout-device\n${email.trim().toLowerCase()}\n${id}`).digest("base64url");

export function newDeviceToken(secret: string, email: string): string {
  const id = randomBytes(12).toString("base64url");
  return `${id}.${sign(secret, email, id)}`;
}

/** The device id, when `token` was issued to this browser for `email`; null otherwise. */
export function deviceOf(token: string | undefined, secret: string, email: string): string | null {
  const [id, signature, extra] = (token ?? "").split(".");
  if (!id || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(secret, email, id));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}
