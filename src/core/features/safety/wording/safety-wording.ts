import type { CrisisLanguage } from "../crisis-phrase-set";
import type { PlanSection } from "../safety-plan";
import { DE } from "./de";
import { EN } from "./en";
import { ES } from "./es";
import { FR } from "./fr";

// The safety response speaks the language the person wrote in: someone who writes "ayuda" or
// "ich will nicht mehr" at 2 a.m. should not have to read English to find their lines. The words
// are content, reviewed like the phrase sets; a type keeps every language complete.

/** The languages the safety response can be given in: those the crisis screen reads. */
export type SafetyLanguage = CrisisLanguage;

export const SAFETY_LANGUAGES: readonly SafetyLanguage[] = ["en", "es", "de", "fr"];

/** Why the safety response is being shown: it is worded for that moment. */
export type SafetyMoment = "request" | "crisis-language" | "crisis-in-plan" | "group";

export type GroundingKey = "box" | "54321";

export interface SafetyWording {
  /** Also the BCP 47 tag for country names in it (Intl.DisplayNames). */
  language: SafetyLanguage;
  /** What follows a heading or a service's name: ": ", or in French a non-breaking space first, so a line never starts with the colon. */
  colon: string;
  openings: Record<SafetyMoment, string>;
  sectionTitles: Record<PlanSection, string>;
  /** Heads the person's own plan. */
  yourPlan: string;
  /** Shown when the plan cannot be read (storage down) or does not exist yet. */
  genericPlan: string;
  /** After the generic plan, when the person has none yet. */
  planInvite: string;
  /** In a group, after the lines. */
  groupPrivately: string;
  /** editPlan and makePlan open the guided plan builder in the same language (it walks through the plan again when there is one). */
  buttons: { safe: string; unsafe: string; editPlan: string; makePlan: string; backToPlan: string; myPlan: string };
  grounding: Record<GroundingKey, { label: string; text: string }>;
  /** The answer to "I'm safe for now". */
  safeForNow: string;
  /** The first answer to "I'm not safe", before the full response; null when the country, and so its emergency number, is not known. */
  notSafe: (emergency: string | null) => string;
  lines: {
    header: (country: string) => string;
    call: (phone: string) => string;
    text: (number: string) => string;
    chat: (url: string) => string;
    or: string;
    immediateDanger: (emergency: string) => string;
    internationalHeader: string;
    international: (name: string, website: string) => string;
    internationalDanger: (note: string) => string;
    tellCountry: string;
  };
  /** Storing a crisis message is taking longer than the deadline. */
  stillSaving: string;
  /** Storing a crisis message failed. */
  couldNotKeep: string;
  /** The gentle line when the screen is unsure. */
  unsureMention: string;
  /** How to get the response in English, in case the language was guessed wrong (not in English itself). */
  inEnglish: string | null;
}

const WORDING: Record<SafetyLanguage, SafetyWording> = { en: EN, es: ES, de: DE, fr: FR };

export function safetyWording(language: SafetyLanguage = "en"): SafetyWording {
  return WORDING[language];
}

export function isSafetyLanguage(value: string): value is SafetyLanguage {
  return (SAFETY_LANGUAGES as readonly string[]).includes(value);
}

// The long forms of these read like treaty text ("Sonderverwaltungsregion Hongkong"); their short forms are plain.
const SHORT_NAMED = new Set(["HK", "MO"]);

/** The country's name in the response's language ("Deutschland" for DE in German), or the directory's English name. */
export function countryName(code: string, englishName: string, wording: SafetyWording): string {
  if (wording.language === "en") return englishName;
  try {
    return regionNames(wording.language, SHORT_NAMED.has(code.toUpperCase()) ? "short" : "long").of(code) ?? englishName;
  } catch {
    return englishName;
  }
}

const REGION_NAMES = new Map<string, Intl.DisplayNames>();

function regionNames(locale: string, style: "long" | "short"): Intl.DisplayNames {
  const key = `${locale}:${style}`;
  let names = REGION_NAMES.get(key);
  if (!names) REGION_NAMES.set(key, (names = new Intl.DisplayNames([locale], { type: "region", style })));
  return names;
}
