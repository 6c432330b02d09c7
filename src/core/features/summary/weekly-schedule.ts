import type { WeeklyMessage } from "../../model";
import { nextDueInstant } from "../check-ins/next-due-instant";
import { parseLocalTime } from "../check-ins/parse-local-time";

const DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

export const WEEKLY_USAGE = "Say a day and a time, like /recap sun 18:00 or /recap friday 7pm.";

/** "sun 18:00", "friday 7pm", "18:00 sunday" -> ISO weekday and "HH:MM"; null if unreadable. */
export function readWeekly(text: string): { weekday: number; time: string } | null {
  const words = text.trim().toLowerCase().split(/\s+/);
  const dayIndex = words.findIndex((word) => word.length >= 3 && DAYS.some((day) => day.startsWith(word.replace(/s$/, ""))));
  if (dayIndex < 0) return null;
  const weekday = DAYS.findIndex((day) => day.startsWith(words[dayIndex]!.replace(/s$/, ""))) + 1;
  const rest = words.filter((_, i) => i !== dayIndex).filter((word) => word !== "at" && word !== "on");
  const time = parseLocalTime(rest.join(" "));
  return time ? { weekday, time: time.text } : null;
}

/** The first time the weekday and `HH:MM` come round after `from`, on the person's wall clock. */
export function nextWeeklyInstant(schedule: Pick<WeeklyMessage, "weekday" | "localTime">, zone: string, from: Date): Date {
  const [hour, minute] = schedule.localTime.split(":").map(Number) as [number, number];
  return nextDueInstant({ hour, minute, weekdays: [schedule.weekday] }, zone, from);
}

/** "Sundays at 18:00". */
export function describeWeekly(message: Pick<WeeklyMessage, "weekday" | "localTime">): string {
  const day = DAYS[message.weekday - 1]!;
  return `${day.charAt(0).toUpperCase()}${day.slice(1)}s at ${message.localTime}`;
}
