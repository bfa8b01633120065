import { z } from "zod";
import { db } from "@/lib/db";
import { guardRoute } from "@/lib/auth";
import { readJson } from "@/lib/http/json-body";
import { noteReadState, setNoteRead } from "@/lib/plans/note-reads";

const notFound = () => Response.json({ error: "not_found", message: "No such note" }, { status: 404 });
const mark = z.strictObject({ read: z.boolean() });

/** Whether the caller marked this note read (the note page itself stays static). */
export async function GET(request: Request, { params }: RouteContext<"/api/notes/[slug]/read">) {
  return guardRoute(request, "signed-in", async (user) => {
    const state = await noteReadState(db, user.id, (await params).slug);
    return state ? Response.json(state, { headers: { "cache-control": "private, no-store" } }) : notFound();
  });
}

/** Mark the note read ({"read": true}) or not ({"read": false}) for the caller. */
export async function POST(request: Request, { params }: RouteContext<"/api/notes/[slug]/read">) {
  return guardRoute(request, "signed-in", async (user) => {
    const body = await readJson(request, mark);
    if (!body.ok) return body.response;
    const state = await setNoteRead(db, user.id, (await params).slug, body.data.read);
    return state ? Response.json(state) : notFound();
  });
}
