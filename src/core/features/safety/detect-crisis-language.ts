import type { CrisisCategory, CrisisLanguage, CrisisPhraseSet, PhraseList } from "./crisis-phrase-set";

/** Why a message got the safety response: the first crisis rule found, reading left to right. */
export interface CrisisMatch {
  /** Language of the phrase file the rule comes from (not a guess at the whole message). */
  language: CrisisLanguage;
  category: CrisisCategory;
  ruleId: string;
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
const DIGITS = /^[0-9]+$/;

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
  const folded = foldLetters(text.replace(APOSTROPHES, " "));
  const tokens = folded.replace(SENTENCE_ENDS, " . ").replace(COMMAS, ",").replace(NOT_WORD, " ");
  return ` ${tokens.replace(/ *,[ ,]*/g, ",").replace(/ {2,}/g, " ").trim()}`;
}

/** Indexes of the phrases that could start at this word, ascending. */
function candidatesFor(word: string, list: PhraseList): readonly number[] {
  const exact = list.byFirstWord.get(word) ?? [];
  const prefixed = list.byPrefix.filter(({ prefix }) => word.startsWith(prefix)).flatMap(({ indexes }) => indexes);
  const numbered = DIGITS.test(word) ? list.byNumber : [];
  if (prefixed.length === 0 && numbered.length === 0) return exact;
  return [...new Set([...exact, ...prefixed, ...numbered])].sort((a, b) => a - b);
}

/** Which phrases could match at all, given the words the message contains. */
function possiblePhrases(words: ReadonlySet<string>, list: PhraseList): boolean[] {
  const possible = list.patterns.map(() => false);
  for (const index of list.unanchored) possible[index] = true;
  for (const word of words) for (const index of list.byAnchor.get(word) ?? []) possible[index] = true;
  return possible;
}

/**
 * The first phrase match at or after `from`: leftmost position first, then file order, exactly as
 * one big alternation would choose, but trying only phrases whose first and anchor words occur.
 */
function findFirst(text: string, list: PhraseList, possible: readonly boolean[], from: number): { index: number; start: number; end: number } | null {
  WORD.lastIndex = from;
  for (let word = WORD.exec(text); word; word = WORD.exec(text)) {
    const start = word.index - 1;
    // Patterns begin at the space or comma before their first word.
    if (text[start] !== " " && text[start] !== ",") continue;
    for (const index of candidatesFor(word[0], list)) {
      if (!possible[index]) continue;
      const pattern = list.patterns[index]!;
      pattern.lastIndex = start;
      if (pattern.test(text)) return { index, start, end: pattern.lastIndex };
    }
  }
  return null;
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

/** Normalised text with text-speak rewritten and every exclusion blanked: what the rules read. */
export function prepareCrisisText(text: string, phrases: CrisisPhraseSet): string {
  const rewritten = rewrite(text, phrases);
  return blankExclusions(rewritten, new Set(rewritten.match(WORD)), phrases);
}

/**
 * Notices crisis language in one free-text message, in English, Spanish, German or French.
 * Returns the first rule that matches, or null. Pure, and cheap enough to run on every message.
 */
export function detectCrisisLanguage(text: string, phrases: CrisisPhraseSet): CrisisMatch | null {
  const rewritten = rewrite(text, phrases);
  // Blanking only removes words, so the words of the rewritten text are a safe superset.
  const words = new Set(rewritten.match(WORD));
  const prepared = blankExclusions(rewritten, words, phrases);
  const found = findFirst(prepared, phrases.rules, possiblePhrases(words, phrases.rules), 0);
  const info = found ? phrases.ruleInfo[found.index] : undefined;
  return info ? { language: info.language, category: info.category, ruleId: info.id } : null;
}
