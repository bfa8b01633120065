/**
 * Form schemas for accounts, shared by the forms and the server actions. Pure.
 * Messages are keys of the "errors" namespace in messages/*.json; actions translate them.
 */
import { z } from "zod";
import { PASSWORD_MAX, PASSWORD_MIN } from "./config.ts";
import { ROLES } from "./roles.ts";
import { displayNameSchema } from "../text/display-name.ts";
import { safeNextPath } from "./next-path.ts";
import { isValidTimeZone } from "../time/zone.ts";

const email = z.email({ message: "emailInvalid" }).max(254, "emailTooLong").transform((e) => e.toLowerCase());
const password = z
  .string()
  .min(PASSWORD_MIN, "passwordTooShort")
  .max(PASSWORD_MAX, "passwordTooLong");

/** Where to go afterwards: a path on this site (lib/auth/next-path.ts) or null, never an error. */
const nextPath = z.unknown().optional().transform((v) => safeNextPath(v));

export const signUpSchema = z.object({
  name: displayNameSchema,
  email,
  password,
  next: nextPath,
  // The browser's zone, sent by the form's script; anything else is ignored, never an error.
  timeZone: z.unknown().optional().transform((v) => (typeof v === "string" && isValidTimeZone(v) ? v : undefined)),
});

export const signInSchema = z.object({
  email,
  password: z.string().min(1, "passwordRequired").max(PASSWORD_MAX),
  next: nextPath,
});

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1, "passwordRequired").max(PASSWORD_MAX), newPassword: password, confirm: z.string() })
  .refine((v) => v.newPassword === v.confirm, { path: ["confirm"], message: "passwordsDiffer" });

export const deleteAccountSchema = z.object({
  password: z.string().min(1, "passwordRequired").max(PASSWORD_MAX),
  confirm: z.literal("DELETE", { message: "typeDelete" }),
});

export const setRoleSchema = z.object({
  userId: z.string().min(1).max(100),
  role: z.enum(ROLES, { message: "unknownRole" }),
});
