import type { UserEvent } from "../../events";
import { readSafetyButton } from "./safety-button-language";
import { SAFETY_LANGUAGES, type SafetyLanguage } from "./wording/safety-wording";
import { CALL_MARKERS, FILLER_WORDS, FIRST_PERSON_OPENERS, HELP_WORDS, LAUGHTER, NEGATIONS, POLITE_WORDS, SAFETY_NAMES, THIRD_PERSON_SUBJECTS } from "./safety-request-words";

/** Commands that always answer with the safety response, before anything else runs. */
export const SAFETY_COMMANDS: ReadonlySet<string> = new Set(["safety", "help", "sos", "crisis"]);

const HELP = new Set(Object.values(HELP_WORDS).flat());
const FILLER = new Set(Object.values(FILLER_WORDS).flat());
const POLITE = new Set(POLITE_WORDS);
const OPENERS = new Set(FIRST_PERSON_OPENERS);
const THIRD_PERSON = new Set(THIRD_PERSON_SUBJECTS);
const MARKERS = new Set(CALL_MARKERS);
const NEGATED = new Set(NEGATIONS);
/** Past this many words a message is a story that mentions help, not a call for it. */
const SHORT_MESSAGE_WORDS = 12;
const LAUGHS = new RegExp(`(^|[^\\p{L}])(${LAUGHTER.join("|")})(?=$|[^\\p{L}])`, "iu");
const REQUEST_WORDS = new Set(Object.values(SAFETY_NAMES).flatMap(({ requestWords }) => requestWords));
// Names are compared as they are once polite and request words are gone, like the message.
const BY_NAME = new Set(Object.values(SAFETY_NAMES).flatMap(({ names }) => names.map((name) => withoutRequestWords(words(name)))));
BY_NAME.delete("");

/** Lowercase words without accents or punctuation; a letter typed three or more times counts once ("heeelp"). */
function words(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\bs\.o\.s\b\.?/g, "sos")
    .replace(/🆘/gu, " sos ")
    .replace(/(\p{L})\1{2,}/gu, "$1")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
}

function isHelpWord(word: string): boolean {
  return HELP.has(word);
}

function withoutRequestWords(all: readonly string[]): string {
  return all.filter((word) => !POLITE.has(word) && !REQUEST_WORDS.has(word)).join(" ");
}

function isCall(all: readonly string[]): boolean {
  if (all.some(isHelpWord) && all.every((word) => isHelpWord(word) || FILLER.has(word))) return true;
  return BY_NAME.has(withoutRequestWords(all));
}

/**
 * A call for help on its own, in any of the four languages ("help", "pls help", "necesito ayuda ya",
 * "hilfe bitte", "aidez-moi svp"), or the safety response asked for by name ("safety plan",
 * "can i get the suicide hotline", "notruf"). A sentence that merely contains "help" is not one.
 */
export function isCallForHelp(text: string): boolean {
  return isCall(words(text));
}

/**
 * A call for help inside a longer message that does not laugh: one of its sentences ("im not ok.
 * help"), its last clause ("mir gehts nicht gut, hilfe"; a first clause is too often a joke or a
 * question: "Hilfe, meine Pflanze stirbt", "kannst du mir helfen, die Zeit zu ändern?"), or its
 * start with a first-person clause after it ("help pls im spiraling", "hilfe ich kann nicht mehr").
 * The message says more, so it is kept as well as answered.
 */
export function containsCallForHelp(text: string): boolean {
  if (LAUGHS.test(text)) return false;
  if (text.split(/[.!?…\n]+/).some((sentence) => isCall(words(sentence)))) return true;
  if (isCall(words(text.split(/[,;:]/).at(-1)!))) return true;
  const all = words(text);
  if (all.length > SHORT_MESSAGE_WORDS) return false;
  // The call runs until a first-person word after its help word ("i need help i'm scared").
  let at = 0;
  let asked = false;
  for (; at < all.length && !(asked && OPENERS.has(all[at]!)) && (isHelpWord(all[at]!) || FILLER.has(all[at]!)); at++) {
    if (isHelpWord(all[at]!)) asked = true;
  }
  if (asked && at < all.length && OPENERS.has(all[at]!)) return true;
  // "im spiraling help me", "no estoy bien necesito ayuda": a short message ending in a call for the
  // writer (CALL_MARKERS), not after "it", "ça" or a negation ("ça m'aide", "didn't need any help").
  let from = all.length;
  while (from > 0 && (isHelpWord(all[from - 1]!) || FILLER.has(all[from - 1]!))) from--;
  const call = all.slice(from);
  const before = all.slice(Math.max(0, from - 2), from);
  return from > 0 && call.some(isHelpWord) && call.some((word) => MARKERS.has(word)) && !THIRD_PERSON.has(all[from - 1]!) && !before.some((word) => NEGATED.has(word));
}

/** True for /safety, /help, /sos, /crisis, the safety response's "show" button and a call for help in plain text. */
export function isSafetyRequest(event: UserEvent): boolean {
  if (event.kind === "command") return SAFETY_COMMANDS.has(event.name);
  if (event.kind === "text") return isCallForHelp(event.text);
  return event.actionId.startsWith("safety.") && readSafetyButton(event.actionId).verb === "show";
}

/** Each language's own words of a call for help, to answer in the language it was written in. */
const WORDS_OF: ReadonlyArray<[SafetyLanguage, ReadonlySet<string>]> = SAFETY_LANGUAGES.map((language) => [
  language,
  new Set([
    ...(HELP_WORDS[language] ?? []),
    ...(FILLER_WORDS[language] ?? []),
    ...(SAFETY_NAMES[language]?.requestWords ?? []),
    ...(SAFETY_NAMES[language]?.names ?? []).flatMap(words),
  ]),
]);

/** The languages whose call-for-help words include this one. */
export function callWordLanguages(word: string): SafetyLanguage[] {
  return WORDS_OF.filter(([, own]) => own.has(word)).map(([language]) => language);
}

/**
 * The language of a call for help: the one with most of its words ("sos por favor" is Spanish,
 * "hilfe bitte" German); English on a tie or when none is known ("sos").
 */
export function callForHelpLanguage(text: string): SafetyLanguage {
  const all = words(text);
  let best: SafetyLanguage = "en";
  let most = 0;
  for (const [language, own] of WORDS_OF) {
    const count = all.filter((word) => own.has(word)).length;
    if (count > most) [best, most] = [language, count];
  }
  return best;
}

/** The language to answer a safety request in: a call for help's own, a button's, English for a command. */
export function safetyRequestLanguage(event: UserEvent): SafetyLanguage {
  if (event.kind === "text") return callForHelpLanguage(event.text);
  if (event.kind === "press") return readSafetyButton(event.actionId).language;
  return "en";
}
