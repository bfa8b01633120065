import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/server";
import { guardAuthApi } from "@/lib/auth/api-guard";

// better-auth's own endpoints (sign-in, sign-up, session, sign-out …). It checks the Origin
// of state-changing requests itself; guardAuthApi adds body limits and the throttling.
const handlers = toNextJsHandler(auth);

export const GET = handlers.GET;
export const POST = (request: Request) => guardAuthApi(request, handlers.POST);
