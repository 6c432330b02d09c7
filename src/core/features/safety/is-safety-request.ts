import type { UserEvent } from "../../events";

/** Commands that always answer with the safety response, before anything else runs. */
export const SAFETY_COMMANDS: ReadonlySet<string> = new Set(["safety", "help", "sos", "crisis"]);

// A bare call for help, in the languages the companion screens. Longer sentences that merely
// contain "help" ("can you help me set a time?") are not a safety request.
const BARE_HELP =
  /^(?:help|help me|help me please|please help(?: me)?|sos|s\.o\.s\.?|i need help|i need help now|need help|i need someone|ayuda|necesito ayuda|ayudame|hilfe|ich brauche hilfe|aide|aidez moi|au secours|j ?ai besoin d ?aide)$/;

function normalise(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`]/g, " ")
    .replace(/[!?.,…:;¡¿\s]+/g, " ")
    .trim();
}

/** True for /safety, /help, /sos and a bare "help", "sos" or "I need help" in plain text. */
export function isSafetyRequest(event: UserEvent): boolean {
  if (event.kind === "command") return SAFETY_COMMANDS.has(event.name);
  if (event.kind === "text") return BARE_HELP.test(normalise(event.text));
  return event.actionId === "safety.show";
}
