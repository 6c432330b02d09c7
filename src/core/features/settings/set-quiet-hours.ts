import { kindError, reply, type HandlerContext } from "../../context";
import type { Reply } from "../../replies";
import { parseLocalTime } from "../check-ins/parse-local-time";

/** `/quiet 22:00-07:00` or `/quiet off`: snoozed check-ins and retries wait until quiet hours end. */
export async function setQuietHours(ctx: HandlerContext, args: string): Promise<Reply[]> {
  if (/^(off|none)$/i.test(args)) {
    await ctx.deps.repos.users.update(ctx.user.id, { quietStart: null, quietEnd: null });
    return [reply("Quiet hours are off.")];
  }
  const [fromText = "", toText = ""] = args.split(/\s*(?:-|–|to)\s*/);
  const from = parseLocalTime(fromText);
  const to = parseLocalTime(toText);
  if (!from || !to || from.text === to.text) {
    const current = ctx.user.quietStart ? ` Now: ${ctx.user.quietStart}-${ctx.user.quietEnd}.` : "";
    return [kindError(`Quiet hours look like /quiet 22:00-07:00, or /quiet off.${current} Nothing was changed.`)];
  }
  await ctx.deps.repos.users.update(ctx.user.id, { quietStart: from.text, quietEnd: to.text });
  return [reply(`Quiet hours: ${from.text} to ${to.text}. A snoozed check-in will wait until they end. /safety always answers.`)];
}
