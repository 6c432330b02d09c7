import { isSafetyLanguage, type SafetyLanguage } from "./wording/safety-wording";

/**
 * A safety button's id in the response's language: English ids carry none (as before there were
 * others), any other language is the last part ("safety.ground:box:es"), so a press answers in
 * the language the response was in without reading storage.
 */
export function withLanguage(id: string, language: SafetyLanguage): string {
  return language === "en" ? id : `${id}:${language}`;
}

/** A safety button's value and its language: "box:es" → "box", "es"; "es" (of "safety.show:es") → "", "es"; "box" → "box", "en". */
export function splitLanguage(value: string): { value: string; language: SafetyLanguage } {
  const at = value.lastIndexOf(":");
  const last = value.slice(at + 1);
  if (isSafetyLanguage(last)) return { value: at < 0 ? "" : value.slice(0, at), language: last };
  return { value, language: "en" };
}
