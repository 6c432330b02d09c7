import { isSafetyLanguage, type SafetyLanguage } from "./wording/safety-wording";

/**
 * A safety button's id in the response's language: English ids carry none (as before there were
 * others), any other language is the last part ("safety.ground:box:es"), so a press answers in
 * the language the response was in without reading storage.
 */
export function withLanguage(id: string, language: SafetyLanguage): string {
  return language === "en" ? id : `${id}:${language}`;
}

/** A safety button, read: "safety.ground:box:es" is ground / box / es; "safety.show" is show / "" / en. */
export interface SafetyButton {
  verb: string;
  value: string;
  language: SafetyLanguage;
}

/** Reads a safety button's id, with or without its "safety." namespace; the one place that knows the id's shape. */
export function readSafetyButton(id: string): SafetyButton {
  const [verb = "", ...rest] = id.replace(/^safety\./, "").split(":");
  const last = rest.at(-1) ?? "";
  if (isSafetyLanguage(last)) return { verb, value: rest.slice(0, -1).join(":"), language: last };
  return { verb, value: rest.join(":"), language: "en" };
}
