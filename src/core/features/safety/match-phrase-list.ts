import type { PhraseList } from "./crisis-phrase-set";

// Shared by the rules, the exclusions and the concept lexicons: all three are phrase lists in the
// same pattern format, tried only where their first word (and an anchor word) occurs.

const WORD = /[a-z0-9]+/g;
const DIGITS = /^[0-9]+$/;

/** One phrase found in normalised text: which phrase, and where (start is the space before it). */
export interface PhraseHit {
  index: number;
  start: number;
  end: number;
}

/** Words seen per list, with their candidates: most messages reuse everyday words. Bounded, as words are not. */
const CANDIDATE_CACHE_MAX = 20_000;
const candidateCaches = new WeakMap<PhraseList, Map<string, readonly number[]>>();

/** Indexes of the phrases that could start at this word, ascending. */
function candidatesFor(word: string, list: PhraseList): readonly number[] {
  let cache = candidateCaches.get(list);
  if (!cache) {
    cache = new Map();
    candidateCaches.set(list, cache);
  }
  let candidates = cache.get(word);
  if (candidates === undefined) {
    if (cache.size >= CANDIDATE_CACHE_MAX) cache.clear();
    candidates = computeCandidates(word, list);
    cache.set(word, candidates);
  }
  return candidates;
}

function computeCandidates(word: string, list: PhraseList): readonly number[] {
  const exact = list.byFirstWord.get(word) ?? [];
  const prefixed = list.byPrefix.filter(({ prefix }) => word.startsWith(prefix)).flatMap(({ indexes }) => indexes);
  const numbered = DIGITS.test(word) ? list.byNumber : [];
  if (prefixed.length === 0 && numbered.length === 0) return exact;
  return [...new Set([...exact, ...prefixed, ...numbered])].sort((a, b) => a - b);
}

/** Which phrases could match at all, given the words the message contains. */
export function possiblePhrases(words: ReadonlySet<string>, list: PhraseList): boolean[] {
  const possible = list.patterns.map(() => false);
  for (const index of list.unanchored) possible[index] = true;
  for (const word of words) for (const index of list.byAnchor.get(word) ?? []) possible[index] = true;
  return possible;
}

/** The words of normalised text, for `possiblePhrases`. */
export function wordsOf(text: string): Set<string> {
  return new Set(text.match(WORD));
}

/**
 * Tries the possible phrases at each word from `from` on, leftmost position first, then file order
 * (exactly as one big alternation would choose, but only phrases whose first and anchor words
 * occur), and hands each match to `take` until it returns false.
 */
function scan(text: string, list: PhraseList, possible: readonly boolean[], from: number, take: (hit: PhraseHit) => boolean): void {
  const word = new RegExp(WORD.source, "g");
  word.lastIndex = from;
  for (let found = word.exec(text); found; found = word.exec(text)) {
    const start = found.index - 1;
    // Patterns begin at the space or comma before their first word.
    if (text[start] !== " " && text[start] !== ",") continue;
    for (const index of candidatesFor(found[0], list)) {
      if (!possible[index]) continue;
      const pattern = list.patterns[index]!;
      pattern.lastIndex = start;
      if (pattern.test(text) && !take({ index, start, end: pattern.lastIndex })) return;
    }
  }
}

/** The first phrase match at or after `from`. */
export function findFirst(text: string, list: PhraseList, possible: readonly boolean[], from: number): PhraseHit | null {
  let first: PhraseHit | null = null;
  scan(text, list, possible, from, (hit) => {
    first = hit;
    return false;
  });
  return first;
}

/** The last texts looked up per list: one message's sentences are searched by the quieting step, then again by the concepts. */
const RECENT_MAX = 32;
const recentHits = new WeakMap<PhraseList, Map<string, readonly PhraseHit[]>>();

/** Every phrase that matches somewhere, each at its leftmost position (overlaps allowed). */
export function findAll(text: string, list: PhraseList): readonly PhraseHit[] {
  let recent = recentHits.get(list);
  if (!recent) {
    recent = new Map();
    recentHits.set(list, recent);
  }
  const known = recent.get(text);
  if (known) return known;
  const hits: PhraseHit[] = [];
  scan(text, list, possiblePhrases(wordsOf(text), list), 0, (hit) => hits.push(hit) > 0);
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value as string);
  recent.set(text, hits);
  return hits;
}
