/**
 * Reads a JSON request body for a route handler: size limit first, then JSON, then the zod
 * schema. Every refusal is a 4xx that names the problem (and the field), before any write.
 */
import type { z } from "zod";

export const DEFAULT_MAX_BODY = 16 * 1024;

export type Body<T> = { ok: true; data: T } | { ok: false; response: Response };

export async function readJson<S extends z.ZodType>(request: Request, schema: S, maxBytes = DEFAULT_MAX_BODY): Promise<Body<z.infer<S>>> {
  const refuse = (status: number, error: string, message: string, issues?: unknown) =>
    ({ ok: false, response: Response.json({ error, message, ...(issues ? { issues } : {}) }, { status }) }) as const;
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) return refuse(413, "payload_too_large", `Body larger than ${maxBytes} bytes`);
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) return refuse(415, "unsupported_media_type", "Send Content-Type: application/json");
  const raw = await request.text();
  if (raw.length > maxBytes) return refuse(413, "payload_too_large", `Body larger than ${maxBytes} bytes`);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return refuse(400, "invalid_json", "Body is not valid JSON");
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ field: i.path.join(".") || "(body)", message: i.message }));
    return refuse(422, "invalid_input", `Invalid ${issues[0]!.field}: ${issues[0]!.message}`, issues);
  }
  return { ok: true, data: parsed.data };
}
