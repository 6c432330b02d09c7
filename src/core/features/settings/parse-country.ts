/** Longest input parseCountry will look at; real country names are far shorter. */
const MAX_COUNTRY_INPUT_LENGTH = 60;

// Region codes Intl knows that are not ISO 3166-1 countries (CLDR extras, groupings, test codes).
// XK (Kosovo) is deliberately absent: it is user-assigned but is how people and phones name Kosovo.
const NON_COUNTRY_CODES = new Set(["AC", "CP", "CQ", "DG", "EA", "IC", "TA", "EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"]);

// Intl's own names are right but not what people say; these read better in a reply.
const DISPLAY_NAMES: Record<string, string> = { HK: "Hong Kong", MO: "Macao" };

const REGION_NAMES = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

/** True for an upper-case ISO 3166-1 alpha-2 code that is current (not an alias such as UK or DD). */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NON_COUNTRY_CODES.has(code)) return false;
  if (REGION_NAMES.of(code) === undefined) return false;
  // Deprecated codes still have names (DD is "Germany"), so only the canonical form counts.
  return Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
}

/** English name for an ISO 3166-1 alpha-2 code (any case); unknown codes come back upper-cased. */
export function countryName(code: string): string {
  const upper = code.trim().toUpperCase();
  if (!isCountryCode(upper)) return upper;
  return DISPLAY_NAMES[upper] ?? REGION_NAMES.of(upper) ?? upper;
}

// Keys are normalised (see normalise): lower case, no accents, no dots, single spaces.
const COUNTRY_ALIASES: Record<string, string> = {
  uk: "GB", britain: "GB", "great britain": "GB", england: "GB", scotland: "GB", wales: "GB", "northern ireland": "GB",
  usa: "US", america: "US", "united states of america": "US",
  deutschland: "DE", espana: "ES", nederland: "NL", holland: "NL", osterreich: "AT", oesterreich: "AT",
  schweiz: "CH", suisse: "CH", svizzera: "CH", svizra: "CH", italia: "IT", brasil: "BR", polska: "PL",
  belgique: "BE", belgie: "BE", belgien: "BE", sverige: "SE", norge: "NO", noreg: "NO", danmark: "DK", suomi: "FI",
  eesti: "EE", latvija: "LV", lietuva: "LT", cesko: "CZ", "ceska republika": "CZ", "czech republic": "CZ",
  slovensko: "SK", slovenija: "SI", hrvatska: "HR", magyarorszag: "HU", ellada: "GR", hellas: "GR", ελλαδα: "GR",
  eire: "IE", turkey: "TR", rossiya: "RU", россия: "RU", ukraina: "UA", украина: "UA", україна: "UA",
  nippon: "JP", nihon: "JP", 日本: "JP", korea: "KR", "republic of korea": "KR", 한국: "KR", 대한민국: "KR",
  中国: "CN", 台灣: "TW", 台湾: "TW", "hong kong": "HK", 香港: "HK", macau: "MO", macao: "MO",
  bharat: "IN", भारत: "IN", uae: "AE", emirates: "AE", ksa: "SA", pilipinas: "PH", "viet nam": "VN",
  aotearoa: "NZ", burma: "MM", "ivory coast": "CI", "east timor": "TL", swaziland: "SZ", macedonia: "MK",
  vatican: "VA", "holy see": "VA", palestine: "PS", bosnia: "BA", drc: "CD",
};

function normalise(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[.'’]/g, "")
    .replace(/&/g, " and ")
    .replace(/[-_,/!?;:"]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
}

let namesIndex: Map<string, string> | undefined;

// Built once, on first use: every English name Intl knows, with and without its bracketed part.
function englishNames(): Map<string, string> {
  if (namesIndex) return namesIndex;
  namesIndex = new Map();
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      if (!isCountryCode(code)) continue;
      const name = REGION_NAMES.of(code) ?? "";
      namesIndex.set(normalise(name), code);
      namesIndex.set(normalise(name.replace(/\s*\(.*\)$/, "")), code);
    }
  }
  return namesIndex;
}

const REGIONAL_INDICATOR_A = 0x1f1e6;

/**
 * Resolves what someone typed to an ISO 3166-1 alpha-2 code: a code ("de"), an English name
 * ("united kingdom", "USA"), a common local name ("Deutschland", "España") or a flag emoji.
 * Returns null for anything else, including codes that are not countries.
 */
export function parseCountry(input: string): string | null {
  if (typeof input !== "string" || input.length > MAX_COUNTRY_INPUT_LENGTH) return null;
  const trimmed = input.trim();
  const flag = [...trimmed].map((char) => (char.codePointAt(0) ?? 0) - REGIONAL_INDICATOR_A);
  if (flag.length === 2 && flag.every((offset) => offset >= 0 && offset < 26)) {
    const code = String.fromCharCode(...flag.map((offset) => 65 + offset));
    return isCountryCode(code) ? code : null;
  }
  const key = normalise(trimmed);
  if (key.length === 0) return null;
  const alias = COUNTRY_ALIASES[key];
  if (alias) return alias;
  if (/^[a-z]{2}$/.test(key)) {
    const code = key.toUpperCase();
    return isCountryCode(code) ? code : null;
  }
  return englishNames().get(key) ?? null;
}
