import { DateTime } from "luxon";
import { reply, type HandlerContext } from "../../context";
import type { Reply } from "../../replies";

const WINS_SHOWN = 30;
const PREVIEW_LENGTH = 120;

function preview(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > PREVIEW_LENGTH ? `${flat.slice(0, PREVIEW_LENGTH - 1)}…` : flat;
}

/** `/wins`: the latest wins grouped by week, in the person's time zone. */
export async function listWins(ctx: HandlerContext): Promise<Reply[]> {
  const wins = await ctx.deps.repos.wins.list(ctx.user.id, { limit: WINS_SHOWN });
  if (wins.length === 0) {
    return [reply("No wins saved yet. Whenever something goes a little better, write win: and what it was. Small ones count most.")];
  }
  const lines: string[] = [`Your wins (latest ${wins.length}):`];
  let currentWeek = "";
  for (const win of wins) {
    const local = DateTime.fromJSDate(win.createdAt, { zone: ctx.user.timeZone });
    const week = `Week of ${local.startOf("week").toFormat("d LLL yyyy")}`;
    if (week !== currentWeek) {
      lines.push("", week);
      currentWeek = week;
    }
    lines.push(`• ${local.toFormat("ccc")}: ${preview(win.text)}`);
  }
  return [reply(lines.join("\n"))];
}
