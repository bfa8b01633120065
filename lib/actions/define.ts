import "server-only";
import type { z } from "zod";
import { authorize, AuthError, type Access, type CurrentUser } from "@/lib/auth";
import { fail, fieldErrorsOf, type ActionResult } from "./result";
import { errorTranslator } from "./translate";
import { formObject } from "./form-data";

type Translate = (key: string) => string;
type UserFor<A extends Access> = A extends "public" ? CurrentUser | null : CurrentUser;

export type ActionSpec<S extends z.ZodType, A extends Access, T> = {
  /** Who may call it: "public", "signed-in" or a list of roles. */
  access: A;
  /** The form's fields; its messages are keys of the "errors" namespace. */
  schema: S;
  /** Form fields that carry several values (checkbox groups). */
  multi?: readonly string[];
  run: (input: z.infer<S>, context: { user: UserFor<A>; t: Translate }) => Promise<ActionResult<T>>;
};

/**
 * The one way to write a server action: who may call it, what the form must hold, what it
 * does. A server action is a public endpoint, so the guard runs first, then the schema
 * (bad input changes nothing and names the field), then `run`. The guard's refusal is an
 * ordinary result the form shows; a redirect from `run` passes through.
 */
export function defineAction<S extends z.ZodType, A extends Access, T = undefined>(spec: ActionSpec<S, A, T>) {
  return async function action(_prev: ActionResult<T>, data: FormData): Promise<ActionResult<T>> {
    const t = await errorTranslator();
    let user: CurrentUser | null;
    try {
      user = await authorize(spec.access);
    } catch (error) {
      if (error instanceof AuthError) return fail(error.code, t(error.code === "unauthenticated" ? "signInFirst" : "forbidden"));
      throw error;
    }
    const parsed = spec.schema.safeParse(formObject(data ?? new FormData(), spec.multi));
    if (!parsed.success) return fail("invalid", t("checkFields"), fieldErrorsOf(parsed.error.issues, t));
    try {
      return await spec.run(parsed.data, { user: user as UserFor<A>, t });
    } catch (error) {
      // Ownership checks inside `run` (requireOwnCohort …) refuse the same way as the guard.
      if (error instanceof AuthError) return fail(error.code, t(error.code === "unauthenticated" ? "signInFirst" : "forbidden"));
      throw error;
    }
  };
}
