/** The field finder's search form. Pure. */
import { z } from "zod";

export const finderSchema = z.object({ q: z.string().max(4000) });
