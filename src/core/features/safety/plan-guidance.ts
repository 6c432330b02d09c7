import type { PlanSection } from "./safety-plan";

/** The builder's question and examples for each section (Stanley & Brown's wording, in plain terms). */
export const PLAN_GUIDANCE: Record<PlanSection, { question: string; examples: string }> = {
  "warning-signs": {
    question: "What tells you a hard moment may be coming? Thoughts, feelings, situations.",
    examples: "e.g. can't sleep; pulling away from everyone; \"nothing will change\"",
  },
  coping: {
    question: "What can you do on your own to get through a wave, even a little?",
    examples: "e.g. box breathing; a hot shower; walk round the block; music that calms me",
  },
  distractions: {
    question: "Which people or places help take your mind off things?",
    examples: "e.g. the library; my cousin's kitchen; the climbing gym; a Discord server I like",
  },
  people: {
    question: "Who can you ask for help? Add how to reach them.",
    examples: "e.g. Sam - 0151 2345678; my sister (WhatsApp)",
  },
  professionals: {
    question: "Which professionals or services can you contact? Your therapist, your doctor, a local service.",
    examples: "e.g. Dr Novak (therapist) - 030 1234567; out-of-hours GP 116117",
  },
  environment: {
    question: "How can you make your surroundings safer when things are hard?",
    examples: "e.g. ask a friend to keep my medication; stay somewhere with people around",
  },
  reasons: {
    question: "What matters to you, what are your reasons for living? Big or small.",
    examples: "e.g. my dog; seeing my niece grow up; the sea in summer",
  },
};

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
