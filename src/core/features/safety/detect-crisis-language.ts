import type { CrisisCategory, CrisisLanguage, CrisisPhraseSet, CrisisSource } from "./crisis-phrase-set";
import { conceptSignals, detectCrisisConcept } from "./detect-crisis-concept";
import { callWordLanguages, containsCallForHelp } from "./is-safety-request";
import { findFirst, possiblePhrases } from "./match-phrase-list";
import { quietSentences } from "./detect-quiet-sentences";
import { scoreCrisisModel } from "./score-crisis-model";

/** Why a message got the safety response: which layer answered, and with what. */
export interface CrisisMatch {
  /** Language of the data that answered (for the model: a guess from common words, "en" if none). */
  language: CrisisLanguage;
  category: CrisisCategory;
  /** Rule id; "concept-id+marker-id" for a concept; "model" for the model. */
  ruleId: string;
  /** Which layer answered. */
  source: CrisisSource;
  /** For review and evaluation only, never for logs: matched words, or the model's strongest features. */
  evidence?: string;
}

/** Placeholder left where an exclusion matched: not a word, so no rule or gap can run through it. */
export const EXCLUDED_TOKEN = "_";

const APOSTROPHES = /['’‘ʼ`´′]/g;
const SENTENCE_ENDS = /[.!?;:…\n]+/g;
const COMMAS = /[,،、]+/g;
const NOT_WORD = /[^a-z0-9.,]+/g;
const REPEATED_LETTERS = /([a-z])\1+/g;
const MARKS = /\p{M}/gu;
const WORD = /[a-z0-9]+/g;
// Laughing and eye-rolling emoji become words of their own sentence, so the hyperbole guard
// (detect-quiet-sentences.ts) can read them; every other emoji is dropped like punctuation.
const LAUGHING_EMOJI = /[\u{1F602}\u{1F923}\u{1F606}\u{1F605}\u{1F639}\u{1F61C}\u{1F61D}]/gu;
const EYE_ROLL_EMOJI = /[\u{1F926}\u{1F644}\u{1F624}\u{1F612}\u{1F643}]/gu;

/**
 * Lower-cases, spells ß as ss and œ/æ as oe/ae, strips accents and squeezes every run of a repeated letter to one
 * ("sooo" and "so", "kil" and "kill" become the same). Pattern words go through the same folding,
 * which is what makes the two meet. Characters outside a-z are left where they are.
 */
export function foldLetters(text: string): string {
  // NFKD leaves the ligatures whole, so "sœur" would read "s ur": they are spelled out first.
  const spelled = text.toLowerCase().replace(/ß/g, "ss").replace(/œ/g, "oe").replace(/æ/g, "ae");
  return spelled.normalize("NFKD").replace(MARKS, "").replace(REPEATED_LETTERS, "$1");
}

/**
 * The form every phrase pattern is written against: " well,i don t want to be here anymore . ok".
 * An apostrophe becomes a space, so French elisions split off ("d'en finir" reads "d en finir")
 * while a pattern's "don't" still matches "dont" and "don t". A comma replaces the space it
 * stands in (pattern words may be separated by either); a sentence end becomes the word ".";
 * anything else that is not a letter or digit (emoji, quotes, hyphens) becomes a space.
 */
export function normaliseCrisisText(text: string): string {
  const folded = foldLetters(text.replace(APOSTROPHES, " ").replace(LAUGHING_EMOJI, " emojilaugh . ").replace(EYE_ROLL_EMOJI, " emojieyeroll . "));
  const tokens = folded.replace(SENTENCE_ENDS, " . ").replace(COMMAS, ",").replace(NOT_WORD, " ");
  return ` ${tokens.replace(/ *,[ ,]*/g, ",").replace(/ {2,}/g, " ").trim()}`;
}

function rewrite(text: string, phrases: CrisisPhraseSet): string {
  return normaliseCrisisText(text).replace(phrases.rewrites, (match: string, ...groups: unknown[]) => {
    const group = groups.findIndex((value) => typeof value === "string");
    // Keep the separator the match started with: a comma still ends a clause.
    return `${match[0]}${phrases.rewriteTargets[group] ?? ""}`;
  });
}

function blankExclusions(rewritten: string, words: ReadonlySet<string>, phrases: CrisisPhraseSet): string {
  const possible = possiblePhrases(words, phrases.exclusions);
  let prepared = "";
  let kept = 0;
  for (let found = findFirst(rewritten, phrases.exclusions, possible, 0); found; found = findFirst(rewritten, phrases.exclusions, possible, found.end)) {
    prepared += `${rewritten.slice(kept, found.start)} ${EXCLUDED_TOKEN}`;
    kept = found.end;
  }
  return prepared + rewritten.slice(kept);
}

/**
 * Normalised text with text-speak rewritten, every exclusion blanked and, when concepts are
 * loaded, every resolved-past or hyperbole sentence blanked: what all three layers read.
 */
export function prepareCrisisText(text: string, phrases: CrisisPhraseSet): string {
  const rewritten = rewrite(text, phrases);
  const prepared = blankExclusions(rewritten, new Set(rewritten.match(WORD)), phrases);
  return phrases.concepts ? quietSentences(prepared, phrases.concepts) : prepared;
}

/**
 * The language a message seems written in: each word votes for the languages it is common in (the
 * concept lexicons' hints) and those whose call-for-help words include it ("necesito", "brauch",
 * "besoin", which the hints lack). English when no word votes.
 */
function guessLanguage(prepared: string, phrases: CrisisPhraseSet): CrisisLanguage {
  const hints = phrases.concepts?.languageHints;
  const votes = new Map<CrisisLanguage, number>();
  for (const word of prepared.match(WORD) ?? []) {
    for (const language of [...(hints?.get(word) ?? []), ...callWordLanguages(word)]) votes.set(language, (votes.get(language) ?? 0) + 1);
  }
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "en";
}

/**
 * Notices crisis language in one free-text message, in English, Spanish, German or French.
 * Three layers, each tried only when the one before is quiet: the phrase rules (first match,
 * reading left to right), the concept lexicons (a concept near a wish or intent marker), then the
 * statistical model. Returns null when all three are quiet. Pure, and cheap enough for every message.
 */
/**
 * What the screen found: a match gets the safety response; `unsure` means no layer answered but
 * the model's score reached its lower mention threshold, so a gentle line may point to the plan.
 */
export interface CrisisScreen {
  match: CrisisMatch | null;
  unsure: boolean;
  /** When unsure: the language the message seems written in, for the gentle mention. */
  language?: CrisisLanguage;
}

export function detectCrisisLanguage(text: string, phrases: CrisisPhraseSet): CrisisMatch | null {
  return screenCrisisLanguage(text, phrases).match;
}

export function screenCrisisLanguage(text: string, phrases: CrisisPhraseSet): CrisisScreen {
  const rewritten = rewrite(text, phrases);
  // Blanking only removes words, so the words of the rewritten text are a safe superset.
  const words = new Set(rewritten.match(WORD));
  const unquiet = blankExclusions(rewritten, words, phrases);
  const prepared = phrases.concepts ? quietSentences(unquiet, phrases.concepts) : unquiet;
  const found = findFirst(prepared, phrases.rules, possiblePhrases(words, phrases.rules), 0);
  const info = found ? phrases.ruleInfo[found.index] : undefined;
  if (info) return { match: { language: info.language, category: info.category, ruleId: info.id, source: "rule" }, unsure: false };
  const concept = phrases.concepts ? detectCrisisConcept(prepared, phrases.concepts) : null;
  if (concept) {
    const { marker } = concept;
    const category = marker?.role === "marker-other" ? "concern-for-other" : concept.concept.category;
    const ruleId = marker ? `${concept.concept.id}+${marker.id}` : concept.concept.id;
    return { match: { language: concept.concept.language, category, ruleId, source: "concept", evidence: concept.evidence }, unsure: false };
  }
  // "he's here. he's not supposed to know where i live. please help": a call for help inside the message.
  if (containsCallForHelp(text)) {
    return { match: { language: guessLanguage(prepared, phrases), category: "call-for-help", ruleId: "call-for-help", source: "rule" }, unsure: false };
  }
  if (!phrases.model) return { match: null, unsure: false };
  const { model } = phrases;
  const score = scoreCrisisModel(prepared, model, phrases.concepts ? conceptSignals(prepared, phrases.concepts) : []);
  if (score.probability < model.threshold) {
    const unsure = model.mentionThreshold !== undefined && score.probability >= model.mentionThreshold;
    return unsure ? { match: null, unsure, language: guessLanguage(prepared, phrases) } : { match: null, unsure };
  }
  const evidence = `p=${score.probability.toFixed(2)} ${score.strongest.join(" ")}`;
  return { match: { language: guessLanguage(prepared, phrases), category: "unclassified", ruleId: "model", source: "model", evidence }, unsure: false };
}
