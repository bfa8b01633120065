/**
 * Formula cloze cards. A formula marks the parts to hide with ⟦ … ⟧ (U+27E6/U+27E7): these
 * characters never occur in LaTeX, so the markers cannot collide with its braces. Pure.
 */
const OPEN = "⟦";
const CLOSE = "⟧";

export type ClozePart = { hidden: boolean; latex: string };

export class ClozeError extends Error {}

/** Splits a formula into visible and hidden parts; throws ClozeError on malformed markers. */
export function parseCloze(formula: string): ClozePart[] {
  const parts: ClozePart[] = [];
  let buffer = "";
  let inside = false;
  for (const ch of formula) {
    if (ch === OPEN) {
      if (inside) throw new ClozeError("a ⟦ opens inside another ⟦ … ⟧ (nesting is not allowed)");
      if (buffer) parts.push({ hidden: false, latex: buffer });
      buffer = "";
      inside = true;
    } else if (ch === CLOSE) {
      if (!inside) throw new ClozeError("a ⟧ closes without a ⟦");
      if (!buffer.trim()) throw new ClozeError("a hidden part ⟦ ⟧ is empty");
      if (!bracesBalanced(buffer)) {
        throw new ClozeError(`hidden part "${buffer}" is not valid LaTeX on its own (unbalanced braces)`);
      }
      parts.push({ hidden: true, latex: buffer });
      buffer = "";
      inside = false;
    } else {
      buffer += ch;
    }
  }
  if (inside) throw new ClozeError("a ⟦ is never closed");
  if (buffer) parts.push({ hidden: false, latex: buffer });
  return parts;
}

/** True when `{`/`}` (ignoring escaped `\{` `\}`) pair up and never go negative. */
export function bracesBalanced(latex: string): boolean {
  let depth = 0;
  for (let i = 0; i < latex.length; i++) {
    const ch = latex[i];
    if (ch === "\\") {
      i++; // skip the escaped character (\{, \}, \\)
      continue;
    }
    if (ch === "{") depth++;
    else if (ch === "}" && --depth < 0) return false;
  }
  return depth === 0;
}

/** The whole formula, markers removed (what normal pages show). */
export function stripCloze(formula: string): string {
  return formula.replaceAll(OPEN, "").replaceAll(CLOSE, "");
}

/** LaTeX for the card's front: each hidden part becomes an empty box. */
export function clozeFront(parts: ClozePart[]): string {
  return parts.map((p) => (p.hidden ? String.raw`\boxed{\,?\,}` : p.latex)).join("");
}

/** LaTeX for the card's back: hidden parts shown, boxed so the eye finds them. */
export function clozeBack(parts: ClozePart[]): string {
  return parts.map((p) => (p.hidden ? `\\boxed{${p.latex}}` : p.latex)).join("");
}
