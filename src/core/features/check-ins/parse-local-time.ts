/** A wall-clock time of day as the person means it in their own time zone. */
export interface LocalTime {
  /** 0-23. */
  hour: number;
  /** 0-59. */
  minute: number;
  /** Zero-padded 24-hour "HH:MM", the form stored and shown back. */
  text: string;
}

/** No way of writing a time needs more; longer input is refused before any pattern runs. */
export const MAX_LOCAL_TIME_INPUT = 20;

const NAMED_TIMES: Record<string, [number, number]> = { noon: [12, 0], midday: [12, 0], midnight: [0, 0] };

// Each pattern captures hour, optional minutes, optional am/pm. Only ASCII digits: `\d` without the
// u flag never matches other scripts' digits, so what we store is always plain "HH:MM".
const TIME_PATTERNS: readonly RegExp[] = [
  /^(\d{1,2})[:.](\d{2})\s*(am|pm)?$/, // 08:30, 8.30, 8:30 pm
  /^(\d{1,2})(\d{2})\s*(am|pm)?$/, // 0830, 830pm
  /^(\d{1,2})h(\d{2})?$/, // 20h30, 20h
  /^(\d{1,2})()\s*(am|pm)?$/, // 8, 8am, 8 pm
];

function formatLocalTime(hour: number, minute: number): LocalTime {
  return { hour, minute, text: `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}` };
}

/** Applies am/pm; a 12-hour reading needs an hour from 1 to 12 ("0am" and "13pm" mean nothing). */
function toTwentyFourHour(hour: number, meridiem: string | undefined): number | null {
  if (!meridiem) return hour;
  if (hour < 1 || hour > 12) return null;
  return (hour % 12) + (meridiem === "pm" ? 12 : 0);
}

/**
 * Reads a time of day the way people type it: "08:30", "8:30", "8.30", "0830", "8", "8am",
 * "8:30 pm", "8 p.m.", "20h30", "20h", "noon", "midnight". Returns null for anything else,
 * including impossible times like "25:00" or "12:60".
 */
export function parseLocalTime(input: string): LocalTime | null {
  if (input.length > MAX_LOCAL_TIME_INPUT * 2) return null;
  const text = input.trim().toLowerCase().replace(/([ap])\.?\s?m\.?$/, "$1m");
  if (!text || text.length > MAX_LOCAL_TIME_INPUT) return null;
  const named = NAMED_TIMES[text];
  if (named) return formatLocalTime(named[0], named[1]);
  for (const pattern of TIME_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const hour = toTwentyFourHour(Number(match[1]), match[3]);
    const minute = match[2] ? Number(match[2]) : 0;
    if (hour === null || hour > 23 || minute > 59) return null;
    return formatLocalTime(hour, minute);
  }
  return null;
}
