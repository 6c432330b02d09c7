import { DateTime } from "luxon";
import type { User } from "../../model";

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return h! * 60 + m!;
}

/**
 * Moves an instant out of the person's quiet hours (to the minute they end); instants outside
 * them, or with no quiet hours set, come back unchanged. Quiet hours may wrap past midnight.
 */
export function afterQuietHours(instant: Date, user: Pick<User, "timeZone" | "quietStart" | "quietEnd">): Date {
  if (!user.quietStart || !user.quietEnd) return instant;
  const local = DateTime.fromJSDate(instant, { zone: user.timeZone });
  const now = local.hour * 60 + local.minute;
  const start = minutesOf(user.quietStart);
  const end = minutesOf(user.quietEnd);
  const inside = start <= end ? now >= start && now < end : now >= start || now < end;
  if (!inside) return instant;
  const endToday = local.set({ hour: Math.floor(end / 60), minute: end % 60, second: 0, millisecond: 0 });
  return (endToday > local ? endToday : endToday.plus({ days: 1 })).toJSDate();
}
