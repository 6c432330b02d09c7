import { DateTime } from "luxon";
import { kindError, reply, type HandlerContext } from "../../context";
import type { Reply } from "../../replies";
import { localDateOf, startOfLocalDay } from "../check-ins/local-date";
import { parseSessionWhen } from "../sessions/parse-session-when";
import { onVacation } from "../sessions/session-schedule";

/** A break longer than this is better as /pause (until you say so). */
const MAX_VACATION_DAYS = 180;

const USAGE = "Say the day you're back, like /vacation until 2027-01-04 or /vacation until 4 Jan; /vacation off ends it early.";

/** The message when a break ends: warm, no catching up. */
export function welcomeBack(): Reply {
  return {
    kind: "reply",
    text: "Welcome back. I hope the break did you good. Check-ins start again at your usual times, with nothing to catch up on. /sessions shows what's coming.",
  };
}

/** "2027-01-04", "4 Jan", "jan 4 2027", "monday", "tomorrow" -> the local date they are back, or why not. */
function readBackDate(ctx: HandlerContext, text: string): { date: string } | { problem: string } {
  if (/\d[:.h]\d|\d\s*[ap]m/i.test(text)) return { problem: "A day is enough, without a time." };
  // The date parser wants a time: any time that day will do, only the date is kept.
  const parsed = parseSessionWhen(`${text} 23:59`, ctx.now, ctx.user.timeZone);
  if (parsed.ok) return { date: parsed.localDate };
  if (parsed.problem === "past") return { problem: "That day has already passed." };
  if (parsed.problem === "impossible-date") return { problem: "That date doesn't exist in the calendar." };
  if (parsed.problem === "too-far") return { problem: `That's more than ${MAX_VACATION_DAYS} days away; /pause stops check-ins until you say so.` };
  return { problem: "I couldn't read that date." };
}

/** `/vacation until <date>`, `/vacation off`, `/vacation`: no check-ins or prep until then; /safety always works. */
export async function setVacation(ctx: HandlerContext, args: string): Promise<Reply[]> {
  const zone = ctx.user.timeZone;
  const word = args.trim().toLowerCase();
  const away = onVacation(ctx.user, ctx.now);
  if (!word) {
    if (!away) return [reply(`Going away? I can be quiet until you're back: no check-ins or session prep. ${USAGE}`)];
    const back = DateTime.fromJSDate(ctx.user.vacationUntil!, { zone }).toFormat("cccc d LLLL");
    return [reply(`You're on a break until ${back}. /vacation off ends it now. /safety always works.`)];
  }
  if (word === "off" || word === "end" || word === "stop") {
    if (!away) return [reply("You're not on a break. /vacation until <date> starts one.")];
    await ctx.deps.repos.users.update(ctx.user.id, { vacationUntil: null });
    return [welcomeBack()];
  }
  const read = readBackDate(ctx, args.replace(/^(until|till|til|to|back)\s+/i, ""));
  if ("problem" in read) return [kindError(`${read.problem} ${USAGE} Nothing was changed.`)];
  const { date } = read;
  if (date <= localDateOf(ctx.now, zone)) return [kindError(`The day you're back needs to be after today. ${USAGE} Nothing was changed.`)];
  const until = startOfLocalDay(date, zone);
  if (until.getTime() - ctx.now.getTime() > MAX_VACATION_DAYS * 86_400_000) {
    return [kindError(`That's more than ${MAX_VACATION_DAYS} days; /pause stops check-ins until you say so. Nothing was changed.`)];
  }
  await ctx.deps.repos.users.update(ctx.user.id, { vacationUntil: until });
  const back = DateTime.fromISO(date, { zone: "utc" }).toFormat("cccc d LLLL");
  return [reply(`Enjoy the break. No check-ins or session prep until you're back on ${back}; I'll say hello then. /vacation off ends it early, and /safety always works.`)];
}
