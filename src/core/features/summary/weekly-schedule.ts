import type { WeeklyMessage } from "../../model";
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

/** "Sundays at 18:00". */
export function describeWeekly(message: Pick<WeeklyMessage, "weekday" | "localTime">): string {
  const day = DAYS[message.weekday - 1]!;
  return `${day.charAt(0).toUpperCase()}${day.slice(1)}s at ${message.localTime}`;
}
