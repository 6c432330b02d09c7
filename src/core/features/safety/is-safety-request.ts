import type { UserEvent } from "../../events";
import { FILLER_WORDS, HELP_WORDS, POLITE_WORDS, SAFETY_NAMES } from "./safety-request-words";

/** Commands that always answer with the safety response, before anything else runs. */
export const SAFETY_COMMANDS: ReadonlySet<string> = new Set(["safety", "help", "sos", "crisis"]);

const HELP = new Set(Object.values(HELP_WORDS).flat());
const FILLER = new Set(Object.values(FILLER_WORDS).flat());
const POLITE = new Set(POLITE_WORDS);
const BY_NAME = new Set(
  Object.values(SAFETY_NAMES).flatMap(({ names, openings }) => names.flatMap((name) => [name, ...openings.map((opening) => `${opening} ${name}`)])),
);

/** Lowercase words without accents or punctuation; a letter typed three or more times counts once ("heeelp"). */
function words(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\bs\.o\.s\b\.?/g, "sos")
    .replace(/(\p{L})\1{2,}/gu, "$1")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
}

/**
 * A call for help on its own, in any of the four languages ("help", "pls help", "necesito ayuda ya",
 * "hilfe bitte", "aidez-moi svp"), or the safety response asked for by name ("safety plan",
 * "i need a crisis line", "notruf"). A sentence that merely contains "help" is not one.
 */
export function isCallForHelp(text: string): boolean {
  const all = words(text);
  if (all.some((word) => HELP.has(word)) && all.every((word) => HELP.has(word) || FILLER.has(word))) return true;
  return BY_NAME.has(all.filter((word) => !POLITE.has(word)).join(" "));
}

/** True for /safety, /help, /sos, /crisis, the safety response's "show" button and a call for help in plain text. */
export function isSafetyRequest(event: UserEvent): boolean {
  if (event.kind === "command") return SAFETY_COMMANDS.has(event.name);
  if (event.kind === "text") return isCallForHelp(event.text);
  return event.actionId === "safety.show";
}
