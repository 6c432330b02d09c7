// One import for everything about the person's own clock; the pieces live in their own small files.
export { parseLocalTime, MAX_LOCAL_TIME_INPUT, type LocalTime } from "./parse-local-time";
export { resolveTimeZone, MAX_TIME_ZONE_INPUT, type TimeZoneResolution } from "./resolve-time-zone";
export { nextDueInstant, type DailySlot } from "./next-due-instant";
export { localDateOf, startOfLocalDay } from "./local-date";
