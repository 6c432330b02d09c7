import { DateTime } from "luxon";
import { kindError, reply, type HandlerContext } from "../../context";
import type { Reply } from "../../replies";
import { rescheduleSlots } from "../check-ins/reschedule-slots";
import { resolveTimeZone } from "../check-ins/resolve-time-zone";
import { askSetting } from "./ask-setting";

export async function setTimeZone(ctx: HandlerContext, args: string): Promise<Reply[]> {
  if (!args) return askSetting(ctx, "timezone");
  const resolved = resolveTimeZone(args);
  if (!resolved.ok) {
    const hint = resolved.suggestions.length ? ` Did you mean ${resolved.suggestions.join(", ")}?` : "";
    return [
      kindError(
        `I don't know that time zone.${hint} A city (Berlin), a zone name (Europe/Berlin) or an offset (UTC+2) works. Nothing was changed.`,
      ),
    ];
  }
  const user = await ctx.deps.repos.users.update(ctx.user.id, { timeZone: resolved.zone });
  await rescheduleSlots(ctx.deps, user, ctx.now);
  const localNow = DateTime.fromJSDate(ctx.now, { zone: resolved.zone }).toFormat("HH:mm");
  return [reply(`Time zone set to ${resolved.label}. It's ${localNow} there now.`)];
}
