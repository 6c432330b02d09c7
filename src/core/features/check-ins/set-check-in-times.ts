import { kindError, reply, type HandlerContext } from "../../context";
import type { Reply } from "../../replies";
import { askSetting } from "../settings/ask-setting";
import { nextDueInstant } from "./next-due-instant";
import { parseLocalTime } from "./parse-local-time";

/** Enough for morning, midday and evening with room to spare; more would be a flood, not a habit. */
export const MAX_CHECK_IN_TIMES = 4;

const USAGE =
  "You can say /checkin 08:30 (one daily time), /checkin add 21:00 mon-fri, /checkin remove 21:00, /checkin off, /checkin scale faces or /checkin steps sleep habits prompt journal.";

/** Optional steps after the mood question. */
export const CHECK_IN_STEPS = ["sleep", "habits", "prompt", "journal"] as const;

const DAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** "mon-fri", "weekdays", "weekends", "mon,wed,fri", "daily" -> ISO weekdays; null if unreadable. */
export function parseWeekdays(text: string): number[] | null {
  const spec = text.trim().toLowerCase();
  if (!spec || spec === "daily" || spec === "every day") return [];
  if (spec === "weekdays") return [1, 2, 3, 4, 5];
  if (spec === "weekends" || spec === "weekend") return [6, 7];
  const days = new Set<number>();
  for (const part of spec.split(/[\s,]+/)) {
    const range = /^([a-z]{3})[a-z]*(?:-([a-z]{3})[a-z]*)?$/.exec(part);
    const from = range ? DAY_NAMES.indexOf(range[1]!) + 1 : 0;
    const to = range?.[2] ? DAY_NAMES.indexOf(range[2]) + 1 : from;
    if (!from || !to) return null;
    for (let day = from; ; day = (day % 7) + 1) {
      days.add(day);
      if (day === to) break;
    }
  }
  return [...days].sort();
}

async function describeTimes(ctx: HandlerContext, prefix: string): Promise<Reply[]> {
  const slots = await ctx.deps.repos.slots.list(ctx.user.id);
  if (slots.length === 0) return [reply(`${prefix}You have no daily check-ins set. ${USAGE}`)];
  const days = (weekdays: number[]) => (weekdays.length ? ` ${weekdays.map((d) => DAY_NAMES[d - 1]).join(",")}` : "");
  const times = slots.map((slot) => `${slot.localTime}${days(slot.weekdays)}`).join(", ");
  const paused = ctx.user.paused ? " Check-ins are paused right now; /resume starts them again." : "";
  return [reply(`${prefix}Your daily check-ins: ${times} (${ctx.user.timeZone}).${paused}`)];
}

/** "8:30 pm mon-fri" -> the time and the days; the time may be one or two words. */
function readTimeAndDays(text: string) {
  const words = text.split(/\s+/);
  for (let n = Math.min(2, words.length); n >= 1; n--) {
    const time = parseLocalTime(words.slice(0, n).join(" "));
    if (time) return { time, weekdays: parseWeekdays(words.slice(n).join(" ")) };
  }
  return null;
}

async function addTime(ctx: HandlerContext, text: string, replaceAll: boolean): Promise<Reply[]> {
  const read = readTimeAndDays(text);
  if (!read) {
    return [kindError(`"${text.slice(0, 40)}" isn't a time I can read. Try 08:30, 8am or 21:00. Nothing was changed.`)];
  }
  const { time, weekdays } = read;
  if (!weekdays) return [kindError("I couldn't read those days. Try mon-fri, weekdays, weekends or mon,wed,fri. Nothing was changed.")];
  const existing = await ctx.deps.repos.slots.list(ctx.user.id);
  if (!replaceAll && !existing.some((slot) => slot.localTime === time.text) && existing.length >= MAX_CHECK_IN_TIMES) {
    return [kindError(`You already have ${MAX_CHECK_IN_TIMES} check-in times. Remove one first with /checkin remove HH:MM.`)];
  }
  if (replaceAll) await ctx.deps.repos.slots.removeAll(ctx.user.id);
  await ctx.deps.repos.slots.upsert(ctx.user.id, {
    localTime: time.text,
    weekdays,
    nextDueAt: nextDueInstant({ ...time, weekdays }, ctx.user.timeZone, ctx.now),
  });
  return describeTimes(ctx, `Done: I'll check in at ${time.text} your time. `);
}

/** `/checkin`, `/checkin 08:30`, `/checkin add 21:00`, `/checkin remove 21:00`, `/checkin off`. */
export async function setCheckInTimes(ctx: HandlerContext, args: string): Promise<Reply[]> {
  const [verb = "", ...rest] = args.split(/\s+/);
  const value = rest.join(" ");
  switch (verb.toLowerCase()) {
    case "":
      return askSetting(ctx, "checkin");
    case "list":
      return describeTimes(ctx, "");
    case "add":
      return value ? addTime(ctx, value, false) : [kindError(`Which time should I add? ${USAGE}`)];
    case "remove": {
      const time = parseLocalTime(value);
      if (!time || !(await ctx.deps.repos.slots.remove(ctx.user.id, time.text))) {
        return [kindError(`You don't have a check-in at "${value.slice(0, 40)}". ${USAGE}`)];
      }
      return describeTimes(ctx, `Removed ${time.text}. `);
    }
    case "scale": {
      const scale = value.toLowerCase() === "faces" ? "faces" : value === "10" || value.toLowerCase() === "ten" ? "ten" : null;
      if (!scale) return [kindError("The mood scale can be faces (five faces) or 10 (1 to 10). Nothing was changed.")];
      await ctx.deps.repos.users.update(ctx.user.id, { moodScale: scale });
      return [reply(scale === "faces" ? "Check-ins will ask for your mood with five faces." : "Check-ins will ask for your mood from 1 to 10.")];
    }
    case "steps": {
      const words = value.toLowerCase().split(/[\s,]+/).filter(Boolean);
      const steps = words.includes("none") ? [] : CHECK_IN_STEPS.filter((step) => words.includes(step));
      if (!words.includes("none") && steps.length !== words.length) {
        return [kindError(`The steps after the mood question are ${CHECK_IN_STEPS.join(", ")} (or none). Nothing was changed.`)];
      }
      await ctx.deps.repos.users.update(ctx.user.id, { checkInSteps: steps });
      return [reply(steps.length ? `After the mood question: ${steps.join(", ")}.` : "Check-ins will just ask for your mood.")];
    }
    case "off":
      await ctx.deps.repos.slots.removeAll(ctx.user.id);
      return [reply("Daily check-ins are off. /checkin 08:30 turns them on again whenever you like.")];
    default:
      return addTime(ctx, args, true);
  }
}
