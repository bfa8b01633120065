import { guardRoute } from "@/lib/auth";
import { myPlans } from "@/lib/plans/queries";

/** The caller's plans and how much of each is covered (the /plans page itself stays static). */
export async function GET(request: Request) {
  return guardRoute(request, "signed-in", async (user) => Response.json(await myPlans(user.id), { headers: { "cache-control": "private, no-store" } }));
}
