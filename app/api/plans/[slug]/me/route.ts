import { guardRoute } from "@/lib/auth";
import { myPlanProgress } from "@/lib/plans/queries";

/** The signed-in user's own progress in a plan (the plan page itself stays static). */
export async function GET(request: Request, { params }: RouteContext<"/api/plans/[slug]/me">) {
  return guardRoute(request, "signed-in", async (user) => {
    const progress = await myPlanProgress(user.id, (await params).slug);
    return progress ? Response.json(progress, { headers: { "cache-control": "private, no-store" } }) : Response.json({ error: "not_found", message: "No such plan" }, { status: 404 });
  });
}
