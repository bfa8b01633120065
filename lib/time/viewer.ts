import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { DEFAULT_TIME_ZONE } from "./zone";

/** The time zone a signed-in user sees times in (their study settings), read once per request. */
export const timeZoneOf = cache(async (userId: string): Promise<string> => {
  const row = await db.studySettings.findUnique({ where: { userId }, select: { timeZone: true } });
  return row?.timeZone ?? DEFAULT_TIME_ZONE;
});
