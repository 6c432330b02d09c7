import { FixedOffsetZone, IANAZone } from "luxon";
import { CURRENT_ZONE_NAMES, MULTI_ZONE_PLACES, PLACE_ALIASES } from "./time-zone-names";

/** What the person's time-zone answer means: a zone luxon understands, or a few names to offer instead. */
export type TimeZoneResolution = { ok: true; zone: string; label: string } | { ok: false; suggestions: string[] };

/** The longest zone or place name is well under this; longer input is refused unread. */
export const MAX_TIME_ZONE_INPUT = 64;
const MAX_SUGGESTIONS = 3;
/** Offsets in use today run from UTC-12 to UTC+14. */
const MIN_OFFSET_MINUTES = -12 * 60;
const MAX_OFFSET_MINUTES = 14 * 60;
/** Said whenever the zone cannot follow a clock change, so nobody is surprised an hour off in spring. */
const FIXED_OFFSET_NOTE = "a fixed offset: it will not change for daylight saving time";

interface Place {
  display: string;
  zone: string;
}

interface ZoneIndex {
  /** Normalised place name -> place. */
  places: Map<string, Place>;
  /** Lower-case zone name -> zone name as stored. */
  zones: Map<string, string>;
  /** Runtime's older zone name -> name in use today. */
  currentNames: Map<string, string>;
}

/** "São Paulo", "sao_paulo" and "Sao-Paulo" all become "sao paulo". */
function normalizePlace(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[_\-.'’,]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The runtime's own spelling of a zone name ("europe/berlin" -> "Europe/Berlin"), or null if unknown. */
function intlZoneName(name: string): string | null {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

function cityOf(zone: string): string {
  return zone.slice(zone.lastIndexOf("/") + 1).replace(/_/g, " ");
}

let cachedIndex: ZoneIndex | null = null;

/** Built once, from the runtime's zone list, so every name we accept is one the runtime can compute with. */
function zoneIndex(): ZoneIndex {
  if (cachedIndex) return cachedIndex;
  const currentNames = new Map<string, string>();
  for (const name of CURRENT_ZONE_NAMES) {
    const listed = intlZoneName(name);
    if (listed && listed !== name && IANAZone.isValidZone(name)) currentNames.set(listed, name);
  }
  const zones = new Map<string, string>([["utc", "UTC"]]);
  const places = new Map<string, Place>();
  for (const listed of Intl.supportedValuesOf("timeZone")) {
    const zone = currentNames.get(listed) ?? listed;
    zones.set(zone.toLowerCase(), zone);
    zones.set(listed.toLowerCase(), zone);
    if (!zone.includes("/") || zone.startsWith("Etc/")) continue;
    // The older city name finds the zone too: "Kiev" -> Europe/Kyiv, "Calcutta" -> Asia/Kolkata.
    for (const name of [zone, listed]) {
      const key = normalizePlace(cityOf(name));
      if (!places.has(key)) places.set(key, { display: cityOf(zone), zone });
    }
  }
  for (const [display, zone] of Object.entries(PLACE_ALIASES)) places.set(normalizePlace(display), { display, zone });
  cachedIndex = { places, zones, currentNames };
  return cachedIndex;
}

/** "UTC+2", "GMT-3", "+05:30", "utc+5:45", "-0330", "UTC" -> minutes east of UTC; null if not an offset. */
function parseUtcOffset(text: string): number | "out-of-range" | null {
  const match = /^(?:(?:utc|gmt|z)\s*)?(?:([+\-−])\s*(\d{1,2})(?:[:.]?(\d{2}))?)?$/i.exec(text);
  if (!match) return null;
  const [, sign, hours = "0", minutes = "0"] = match;
  const total = (sign === "+" || !sign ? 1 : -1) * (Number(hours) * 60 + Number(minutes));
  if (Number(minutes) > 59 || total < MIN_OFFSET_MINUTES || total > MAX_OFFSET_MINUTES) return "out-of-range";
  return total;
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Up to three names the person may have meant: those starting with what they typed, then the nearest spellings. */
function suggestZones(key: string, index: ZoneIndex, zoneNames: boolean): string[] {
  if (key.length < 3) return [];
  const maxDistance = Math.max(2, Math.floor(key.length / 3));
  const candidates = zoneNames
    ? [...new Set(index.zones.values())].map((zone) => ({ name: normalizePlace(zone), display: zone }))
    : [...index.places].filter(([name]) => name.length >= 4).map(([name, place]) => ({ name, display: place.display }));
  const scored = candidates
    .filter(({ name }) => Math.abs(name.length - key.length) <= maxDistance || name.startsWith(key))
    .map(({ name, display }) => ({ display, score: name.startsWith(key) ? 0 : levenshtein(key, name) }))
    .filter(({ score }) => score <= maxDistance)
    .sort((a, b) => a.score - b.score || a.display.length - b.display.length || a.display.localeCompare(b.display));
  return [...new Set(scored.map(({ display }) => display))].slice(0, MAX_SUGGESTIONS);
}

/** IANA's Etc/GMT+5 is UTC-5 (the sign is POSIX-style, backwards); the label spells out the real offset. */
function labelOfZoneName(zone: string): string {
  if (zone === "UTC") return `UTC (${FIXED_OFFSET_NOTE})`;
  if (!zone.startsWith("Etc/")) return zone;
  const offset = FixedOffsetZone.instance(IANAZone.create(zone).offset(0)).name;
  return `${zone} (${offset}, ${FIXED_OFFSET_NOTE})`;
}

/**
 * Reads the person's answer to "what time zone are you in?": an IANA name in any case ("europe/berlin"),
 * a city or country with or without accents ("são paulo", "Mumbai", "Nepal"), or a UTC offset
 * ("UTC+2", "+05:30", "-0330"). Offsets become luxon fixed-offset zones such as "UTC+5:30"; those never
 * follow daylight saving, and the label says so. Anything else gets up to three suggestions.
 */
export function resolveTimeZone(input: string): TimeZoneResolution {
  const text = input.trim();
  if (!text || text.length > MAX_TIME_ZONE_INPUT) return { ok: false, suggestions: [] };
  const offset = parseUtcOffset(text);
  if (offset === "out-of-range") return { ok: false, suggestions: [] };
  if (offset !== null) {
    const zone = FixedOffsetZone.instance(offset).name;
    return { ok: true, zone, label: `${zone} (${FIXED_OFFSET_NOTE})` };
  }
  const index = zoneIndex();
  const key = normalizePlace(text);
  const place = index.places.get(key);
  if (place) return { ok: true, zone: place.zone, label: `${place.display} (${place.zone})` };
  const multiZone = Object.entries(MULTI_ZONE_PLACES).find(([name]) => normalizePlace(name) === key);
  if (multiZone) return { ok: false, suggestions: [...multiZone[1]] };
  const asZoneName = text.replace(/\s+/g, "_");
  const listed = index.zones.get(asZoneName.toLowerCase()) ?? intlZoneName(asZoneName);
  if (listed && IANAZone.isValidZone(listed)) {
    const zone = index.currentNames.get(listed) ?? listed;
    return { ok: true, zone, label: labelOfZoneName(zone) };
  }
  return { ok: false, suggestions: suggestZones(key, index, text.includes("/")) };
}
