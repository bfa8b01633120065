/**
 * The one rule for a name people see (user names, cohort names): every path that writes one
 * goes through it — our forms, better-auth's own sign-up and update-user endpoints, the
 * command line. Names are shown to mentors, admins and in comment threads, so they must be
 * visible, short and unable to reorder the text around them. Pure.
 */
import { z } from "zod";

export const NAME_MAX = 80;

// Bidi overrides and isolates reorder the surrounding text (U+202A–202E, U+2066–2069).
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
// Control characters (C0, DEL, C1) and Unicode noncharacters.
const CONTROL = /[\p{Cc}\uFDD0-\uFDEF\uFFFE\uFFFF]/u;
// Something that shows: a letter, digit, mark, punctuation or symbol.
const VISIBLE = /[\p{L}\p{N}\p{M}\p{P}\p{S}]/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

export type NameCheck = { ok: true; name: string } | { ok: false; reason: "nameRequired" | "nameTooLong" | "nameInvalid" };

export function checkDisplayName(raw: string): NameCheck {
  // Lone surrogates cannot be normalised or shown; they are refused, not repaired.
  if (!raw.isWellFormed()) return { ok: false, reason: "nameInvalid" };
  // Runs of spaces, tabs and line breaks become one space: pasted names keep their words.
  const name = raw.normalize("NFC").replace(/\s+/gu, " ").trim();
  if (CONTROL.test(name) || BIDI_CONTROL.test(name)) return { ok: false, reason: "nameInvalid" };
  if (!VISIBLE.test(name)) return { ok: false, reason: "nameRequired" };
  // Counted as people count characters (an emoji with modifiers is one); the raw length is
  // capped too, so combining marks cannot stack without end.
  if ([...graphemes.segment(name)].length > NAME_MAX || name.length > NAME_MAX * 4) return { ok: false, reason: "nameTooLong" };
  return { ok: true, name };
}

/** Form field: the cleaned name, or the reason as a message key. */
export const displayNameSchema = z
  .string()
  .max(NAME_MAX * 4, "nameTooLong")
  .transform((raw, ctx) => {
    const result = checkDisplayName(raw);
    if (result.ok) return result.name;
    ctx.addIssue({ code: "custom", message: result.reason });
    return z.NEVER;
  });
