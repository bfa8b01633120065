/**
 * End-to-end fixtures: users made through the real sign-up API (so passwords and sessions
 * are the library's own), roles set in the database of the project's server (SQLite or
 * PostgreSQL), sessions handed to the browser.
 */
import { randomUUID } from "node:crypto";
import { request as playwrightRequest, test, type BrowserContext, type APIRequestContext } from "@playwright/test";
import { createDb, type Db } from "../../../lib/db/client";
import type { Role } from "../../../lib/auth/roles";

/** The server of the project this test runs in. */
export function baseUrl(): string {
  return test.info().project.use.baseURL!;
}

const dbs = new Map<string, Db>();
export function e2eDb(): Db {
  const url = test.info().project.metadata.databaseUrl as string;
  if (!dbs.has(url)) dbs.set(url, createDb(url));
  return dbs.get(url)!;
}

export type TestUser = { id: string; email: string; password: string; name: string; role: Role; cookie: { name: string; value: string } };

export async function createUser(role: Role = "candidate", name = "Test User"): Promise<TestUser> {
  const base = baseUrl();
  const api = await playwrightRequest.newContext({ baseURL: base, extraHTTPHeaders: { origin: base } });
  const email = `${role}-${randomUUID()}@example.test`;
  const password = `pw-${randomUUID()}`;
  const created = await api.post("/api/auth/sign-up/email", { data: { name, email, password } });
  if (!created.ok()) throw new Error(`sign-up failed: ${created.status()} ${await created.text()}`);
  // Sign-up never signs in (it must not tell a new e-mail from a registered one): sign in.
  const response = await api.post("/api/auth/sign-in/email", { data: { email, password } });
  if (!response.ok()) throw new Error(`sign-in failed: ${response.status()} ${await response.text()}`);
  const body = await response.json();
  const setCookie = response.headersArray().find((h) => h.name.toLowerCase() === "set-cookie" && h.value.includes("session_token"))!.value;
  const [pair] = setCookie.split(";");
  const [cookieName, ...rest] = pair!.split("=");
  await api.dispose();
  if (role !== "candidate") await e2eDb().user.update({ where: { id: body.user.id }, data: { role } });
  return { id: body.user.id, email, password, name, role, cookie: { name: cookieName!, value: rest.join("=") } };
}

export async function signInContext(context: BrowserContext, user: TestUser) {
  // Chromium treats 127.0.0.1 as a secure context, so the __Secure- session cookie is valid there.
  await context.addCookies([{ name: user.cookie.name, value: decodeURIComponent(user.cookie.value), domain: "127.0.0.1", path: "/", httpOnly: true, secure: true, sameSite: "Lax" }]);
}

/** An API client carrying the user's session (or none) and our Origin. */
export async function apiAs(user: TestUser | null): Promise<APIRequestContext> {
  const base = baseUrl();
  return playwrightRequest.newContext({
    baseURL: base,
    extraHTTPHeaders: { origin: base, ...(user ? { cookie: `${user.cookie.name}=${user.cookie.value}` } : {}) },
    maxRedirects: 0,
  });
}
