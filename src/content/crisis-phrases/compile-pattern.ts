import type { PhraseList } from "../../core/features/safety/crisis-phrase-set";
import { foldLetters } from "../../core/features/safety/detect-crisis-language";

// Turns one phrase pattern (format: README.md in this folder) into a sticky regular expression,
// plus the words it can start with and must contain, which let the detector skip most phrases.

/** How many words "..." may skip. Small on purpose: a wider gap starts joining unrelated clauses. */
export const MAX_GAP_WORDS = 3;

const UMLAUT_MARK = "\u0001";
// Between two pattern words a comma may stand: German puts one before every subordinate clause.
const WORD_GAP = "[ ,]";
// Where a phrase may end: before the next word, a sentence end or the end of the message.
export const PHRASE_END = "(?=[ ,]|$)";
const TOKENS = /\(|\)|\[|\]|\||\.\.\.|<end>|#|[^\s()[\]|]+/g;

/** The words a compiled pattern can start with: how the detector finds which patterns to try. */
interface FirstWords {
  words: Set<string>;
  prefixes: Set<string>;
  number: boolean;
  /** True when the pattern part can match nothing at all (optional words, "<end>"). */
  nullable: boolean;
}

/** A compiled pattern or part of one. */
export interface CompiledPattern {
  source: string;
  first: FirstWords;
  /** Words one of which every match contains; null when no such set is known. */
  anchors: Set<string> | null;
}

/** The anchor set most likely to rule a phrase out: longest shortest word, then fewest words. */
function bestAnchors(sets: ReadonlyArray<Set<string> | null>): Set<string> | null {
  const score = (set: Set<string>) => Math.min(...[...set].map((word) => word.length)) * 100 - set.size;
  return sets.reduce<Set<string> | null>((best, set) => (set && (!best || score(set) > score(best)) ? set : best), null);
}

const noWords = (nullable: boolean): FirstWords => ({ words: new Set(), prefixes: new Set(), number: false, nullable });

/** Both spellings an ä/ö/ü mark stands for: "mochte" and "moechte". */
function umlautSpellings(folded: string): string[] {
  const at = folded.indexOf(UMLAUT_MARK);
  if (at < 0) return [folded];
  return umlautSpellings(folded.slice(at + 1)).flatMap((rest) => [folded.slice(0, at) + rest, `${folded.slice(0, at)}e${rest}`]);
}

/**
 * One pattern word. Apostrophes may be typed, dropped or spaced ("don't", "dont", "don t"); a
 * hyphen stands for a space; ä/ö/ü also match ae/oe/ue; a trailing * means "any ending".
 */
function compileWord(word: string): CompiledPattern {
  const known = compiledWords.get(word);
  if (known) return known;
  const compiled = compileNewWord(word);
  compiledWords.set(word, compiled);
  return compiled;
}

// The same few hundred words recur across phrases; folding each once halves the load time.
const compiledWords = new Map<string, CompiledPattern>();

function compileNewWord(word: string): CompiledPattern {
  const prefix = word.endsWith("*");
  const bare = prefix ? word.slice(0, -1) : word;
  const marked = bare.normalize("NFC").toLowerCase().replace(/[äöü]/g, (c) => `${"aou"["äöü".indexOf(c)]}${UMLAUT_MARK}`);
  const pieces = marked.split("-").map((piece) =>
    piece
      .split(/['’]/)
      // Apostrophes become spaces in messages, so "d'" (French) and "'d" (they'd) are words too.
      .filter((part, index, all) => part !== "" || all.every((other) => other === ""))
      .map((part) => {
        const folded = foldLetters(part);
        if (!/^[a-z0-9\u0001]+$/.test(folded)) throw new Error(`"${word}" is not a plain word: use letters and digits, apostrophes only next to letters (don't, d', 'd)`);
        return folded;
      }),
  );
  const first = noWords(false);
  const firstParts = pieces[0]!;
  // Typed with the apostrophe (split in two) or without it (one word: "dont").
  const asTyped = [firstParts[0]!, ...(firstParts.length > 1 ? [foldLetters(firstParts.join(""))] : [])];
  asTyped.forEach((spelling, index) => {
    const open = prefix && pieces.length === 1 && (firstParts.length === 1 || index === 1);
    for (const variant of umlautSpellings(spelling)) (open ? first.prefixes : first.words).add(variant);
  });
  const source = pieces.map((parts) => parts.map((part) => part.replaceAll(UMLAUT_MARK, "e?")).join(" ?")).join(" ");
  const anchors = first.prefixes.size > 0 ? null : new Set(first.words);
  return { source: `${WORD_GAP}${source}${prefix ? "[a-z0-9]*" : ""}`, first, anchors };
}

/** First words of a sequence: those of each item up to the first that cannot be skipped. */
function sequenceFirst(items: readonly CompiledPattern[]): FirstWords {
  const first = noWords(true);
  for (const { first: item } of items) {
    item.words.forEach((word) => first.words.add(word));
    item.prefixes.forEach((word) => first.prefixes.add(word));
    first.number ||= item.number;
    if (!item.nullable) {
      first.nullable = false;
      break;
    }
  }
  return first;
}

function choiceFirst(options: readonly CompiledPattern[], optional: boolean): FirstWords {
  const first = noWords(optional || options.some((option) => option.first.nullable));
  for (const { first: option } of options) {
    option.words.forEach((word) => first.words.add(word));
    option.prefixes.forEach((word) => first.prefixes.add(word));
    first.number ||= option.number;
  }
  return first;
}

/** A pattern in the phrase format (see README.md next to the JSON files) to regex source. */
export function compilePattern(pattern: string): CompiledPattern {
  // "morir[me]" reads like an optional ending but would be an optional separate word.
  if (/[\p{L}\p{N}'*][[(]/u.test(pattern)) {
    throw new Error('put a space before "[" and "("; write optional endings as choices, e.g. (morir|morirme)');
  }
  const tokens = pattern.match(TOKENS) ?? [];
  let position = 0;

  function sequence(closers: readonly string[]): CompiledPattern {
    const items: CompiledPattern[] = [];
    while (position < tokens.length && !closers.includes(tokens[position]!)) items.push(item(items.length === 0));
    if (items.length === 0) throw new Error("empty phrase or empty choice");
    return { source: items.map((one) => one.source).join(""), first: sequenceFirst(items), anchors: bestAnchors(items.map((one) => one.anchors)) };
  }

  function choices(close: string, optional: boolean): CompiledPattern {
    const options = [sequence(["|", close])];
    while (tokens[position] === "|") {
      position++;
      options.push(sequence(["|", close]));
    }
    if (close !== "" && tokens[position++] !== close) throw new Error(`missing "${close}"`);
    const source = options.length === 1 ? options[0]!.source : `(?:${options.map((option) => option.source).join("|")})`;
    const anchors = optional || options.some((option) => !option.anchors) ? null : new Set(options.flatMap((option) => [...option.anchors!]));
    return { source: optional ? `(?:${source})?` : source, first: choiceFirst(options, optional), anchors };
  }

  function item(isFirst: boolean): CompiledPattern {
    const token = tokens[position++]!;
    if (token === "(") return choices(")", false);
    if (token === "[") return choices("]", true);
    if (token === "...") {
      if (isFirst) throw new Error('a pattern or choice cannot start with "..."');
      return { source: `(?:${WORD_GAP}[a-z0-9]+){0,${MAX_GAP_WORDS}}`, first: noWords(true), anchors: null };
    }
    if (token === "<end>") return { source: "(?=,| \\.|$)", first: noWords(true), anchors: null };
    if (token === "#") return { source: `${WORD_GAP}[0-9]+`, first: { ...noWords(false), number: true }, anchors: null };
    if (token === ")" || token === "]") throw new Error(`unexpected "${token}"`);
    return compileWord(token);
  }

  if (tokens.at(-1) === "...") throw new Error('a pattern cannot end with "..."');
  // Top-level choices need no brackets: "a b | c d" is "(a b|c d)".
  const compiled = choices("", false);
  if (position < tokens.length) throw new Error(`unexpected "${tokens[position]}"`);
  if (compiled.first.nullable) throw new Error("a pattern must start with a word that is not optional");
  // Fail now, naming the pattern, rather than when it is first used.
  new RegExp(compiled.source);
  return compiled;
}

/** True when a sticky phrase expression matches at the start of any word of normalised text. */
export function matchesSomewhere(pattern: RegExp, text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    if (text[at] !== " " && text[at] !== ",") continue;
    pattern.lastIndex = at;
    if (pattern.test(text)) return true;
  }
  return false;
}

/** Sticky expressions plus the first-word index the detector uses to pick which ones to try. */
export function buildPhraseList(compiled: readonly CompiledPattern[]): PhraseList {
  const byFirstWord = new Map<string, number[]>();
  const byPrefix = new Map<string, number[]>();
  const byNumber: number[] = [];
  const byAnchor = new Map<string, number[]>();
  const unanchored: number[] = [];
  compiled.forEach(({ first, anchors }, index) => {
    first.words.forEach((word) => byFirstWord.set(word, [...(byFirstWord.get(word) ?? []), index]));
    first.prefixes.forEach((prefix) => byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), index]));
    if (first.number) byNumber.push(index);
    if (anchors) anchors.forEach((word) => byAnchor.set(word, [...(byAnchor.get(word) ?? []), index]));
    else unanchored.push(index);
  });
  return {
    byAnchor,
    unanchored,
    patterns: compiled.map(({ source }) => new RegExp(`${source}${PHRASE_END}`, "y")),
    byFirstWord,
    byPrefix: [...byPrefix].map(([prefix, indexes]) => ({ prefix, indexes })),
    byNumber,
  };
}
