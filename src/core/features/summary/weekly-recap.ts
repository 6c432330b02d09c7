import { DateTime } from "luxon";
import { kindError, reply, type HandlerContext } from "../../context";
import type { CoreDeps } from "../../deps";
import type { User } from "../../model";
import type { Reply } from "../../replies";
import { consistency } from "../habits/habit-consistency";
import { preview } from "../journal/entry-text";
import { lastDays } from "./local-days";
import { describeWeekly, nextWeeklyInstant, readWeekly, WEEKLY_USAGE } from "./weekly-schedule";

const WINS_SHOWN = 7;

/** The weekly recap: the week's wins and "X of the last 7 days" per habit. Never a tally of misses. */
export async function writeWeeklyRecap(deps: CoreDeps, user: User, at: Date): Promise<string> {
  const week = lastDays(at, user.timeZone, 7);
  const since = new Date(at.getTime() - 7 * 86_400_000);
  const [wins, habits, ticks] = await Promise.all([
    deps.repos.wins.list(user.id, { since, limit: 100 }),
    deps.repos.habits.list(user.id),
    deps.repos.habits.ticks(user.id, week[0]!, week[6]!),
  ]);
  const lines = ["Your week, looking back:"];
  if (wins.length) {
    lines.push("", `Wins (${wins.length}):`);
    for (const win of [...wins].reverse().slice(-WINS_SHOWN)) {
      lines.push(`• ${DateTime.fromJSDate(win.createdAt, { zone: user.timeZone }).toFormat("ccc")}: ${preview(win.text, 80)}`);
    }
  }
  if (habits.length) lines.push("", "Habits:", ...habits.map((habit) => `• ${habit.name}: ${consistency(habit, ticks, week, user.timeZone)}`));
  if (!wins.length && !habits.length) lines.push("", "Nothing logged this week, and that's okay. Rest counts too.");
  lines.push("", "/summary puts it together for your next session. /recap off stops these.");
  return lines.join("\n");
}

/** `/recap` (status), `/recap sun 18:00` (on, at that time), `/recap off`. Off until the person asks. */
export async function setWeeklyRecap(ctx: HandlerContext, args: string): Promise<Reply[]> {
  const { weekly } = ctx.deps.repos;
  const current = await weekly.get(ctx.user.id, "recap");
  const word = args.trim().toLowerCase();
  if (!word) {
    return [
      reply(
        current?.enabled
          ? `Your weekly recap comes ${describeWeekly(current)}. /recap off stops it.`
          : "A weekly recap of your wins and habits, on a day and time you pick. It's off; /recap sun 18:00 turns it on.",
      ),
    ];
  }
  if (word === "off" || word === "stop") {
    if (current?.enabled) await weekly.upsert(ctx.user.id, "recap", { ...current, enabled: false });
    return [reply("The weekly recap is off. /recap sun 18:00 turns it on again.")];
  }
  const when = word === "on" && current ? { weekday: current.weekday, time: current.localTime } : readWeekly(args);
  if (!when) return [kindError(`${WEEKLY_USAGE} Nothing was changed.`)];
  const nextDueAt = nextWeeklyInstant({ weekday: when.weekday, localTime: when.time }, ctx.user.timeZone, ctx.now);
  const saved = await weekly.upsert(ctx.user.id, "recap", { enabled: true, weekday: when.weekday, localTime: when.time, nextDueAt });
  return [reply(`Your weekly recap of wins and habits will come ${describeWeekly(saved)} (${ctx.user.timeZone}). /recap off stops it.`)];
}
