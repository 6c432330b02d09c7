import type { PlanSection } from "./safety-plan";

// A phone number, e-mail address, @handle or link: what makes "Sam - 0151 2345678" a contact.
const CONTACT = /(\+?\d[\d\s().-]{4,}\d|[\w.+-]+@[\w-]+\.[\w.]+|@\w{2,}|https?:\/\/\S+)/;

/** Splits "Sam - 0151 2345678" into the person and how to reach them, for people and services. */
export function splitContact(section: PlanSection, text: string): { text: string; contact: string | null } {
  if (section !== "people" && section !== "professionals") return { text, contact: null };
  const match = CONTACT.exec(text);
  if (!match) return { text, contact: null };
  const name = text.replace(match[0], "").replace(/[\s,:;–—-]+$/, "").replace(/^[\s,:;–—-]+/, "").trim();
  return name ? { text: name, contact: match[0].trim() } : { text, contact: null };
}
