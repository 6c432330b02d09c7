/** Languages the crisis screen has phrase data for. */
export type CrisisLanguage = "en" | "es" | "de" | "fr";

/**
 * What kind of crisis language a rule notices. Every category gets the same safety response;
 * the category is for logs and for reviewers, never for deciding whether to answer.
 * - `suicidal-ideation`: wanting to die or to kill oneself ("i want to die", "me quiero morir").
 * - `self-harm`: hurting oneself, urges or relapses ("cut myself again", "ich ritze mich").
 * - `intent-plan`: a method, a plan, means gathered or a time set ("saving up my pills").
 * - `hopelessness`: no reason or strength to go on ("no reason to live", "better off without me").
 * - `goodbye`: farewell or last-message language ("this is goodbye", "lettre d'adieu").
 * - `concern-for-other`: someone else is at risk ("my friend wants to kill herself").
 * - `danger-from-other`: the writer is threatened by someone else now ("he's at the door saying he'll kill me").
 * - `unclassified`: only the statistical model noticed it, so there is no named kind.
 */
export type CrisisCategory =
  | "suicidal-ideation"
  | "self-harm"
  | "intent-plan"
  | "hopelessness"
  | "goodbye"
  | "concern-for-other"
  | "danger-from-other"
  /** The statistical model answered and no rule or concept names a kind (see crisis-concepts/README.md). */
  | "call-for-help" // a sentence that is a bare call for help ("... please help"), see is-safety-request.ts
  | "unclassified";

/** The reviewable facts about one crisis rule, reported when it matches. */
export interface CrisisRuleInfo {
  /** Stable id from the phrase file, e.g. "en-want-to-die". */
  id: string;
  /** The phrase file the rule comes from. */
  language: CrisisLanguage;
  category: CrisisCategory;
}

/**
 * Compiled phrases plus an index from the words a phrase can start with to the phrases, so a
 * message only runs the few expressions whose first word it actually contains.
 */
export interface PhraseList {
  /**
   * One sticky ("y") expression per phrase, in file order. Each is tried at the space before a
   * word and must end at a word boundary.
   */
  patterns: readonly RegExp[];
  /** Normalised word → indexes (ascending) of the phrases that can start with it. */
  byFirstWord: ReadonlyMap<string, readonly number[]>;
  /** Phrases that start with "word*": any word beginning with `prefix`. */
  byPrefix: readonly { prefix: string; indexes: readonly number[] }[];
  /** Phrases that start with a number ("#"). */
  byNumber: readonly number[];
  /**
   * Normalised word → phrases that cannot match unless the message contains it (or another word
   * listed for the same phrase). Lets the detector skip most phrases starting with "i" or "me".
   */
  byAnchor: ReadonlyMap<string, readonly number[]>;
  /** Phrases with no such word, always tried. */
  unanchored: readonly number[];
}

/**
 * Crisis phrase data compiled once at start-up (by src/content/crisis-phrases.ts) for the
 * detector, which runs on every free-text message. Every expression works on text already
 * normalised by `normaliseCrisisText`: a leading space, then lower-case unaccented words
 * separated by single spaces, with "." and "," as their own tokens.
 */
export interface CrisisPhraseSet {
  /**
   * Text-speak and misspellings from every language, as one global alternation with one capture
   * group per rewrite. Group n (1-based) is replaced by `rewriteTargets[n - 1]`.
   */
  rewrites: RegExp;
  /** Normalised replacement text for each rewrite group, without its leading space. */
  rewriteTargets: readonly string[];
  /** Idiom, negation and recovery phrases; their words are blanked before rules are tried. */
  exclusions: PhraseList;
  /** Crisis phrases; the first to match, reading left to right, answers. */
  rules: PhraseList;
  /** Facts for each rule, same order as `rules.patterns`. */
  ruleInfo: readonly CrisisRuleInfo[];
  /** Concept lexicons, tried when no rule matched (absent: rules only). */
  concepts?: CrisisConceptSet;
  /** Statistical model, tried when neither rules nor concepts answered (absent: not used). */
  model?: CrisisModel;
}

/** Which layer of the screen answered: a phrase rule, a concept combination or the model. */
export type CrisisSource = "rule" | "concept" | "model";

/**
 * What one concept-lexicon entry does when one of its terms is found in a sentence:
 * - `alone`: answers by itself (unambiguous, e.g. "unalive", "suicidal thoughts").
 * - `with-marker`: answers only near a self or other marker in the same sentence ("die" + "i wish").
 * - `marker-self` / `marker-other`: a wish, intent or thought of the writer / of someone else.
 * - `marker-context`: a circumstance (now, here, at hand, drunk) that pairs only with concepts naming it in `markers`.
 * - `guard`: a topic (games, films, cooking, the vet) that silences its language's concepts in its sentence.
 * - `quiet-*`: context that silences a whole sentence for every layer (`detect-quiet-sentences.ts`):
 *   `quiet-past` (dated past) with `quiet-recovery` anywhere in the message; `quiet-keep` (present
 *   danger: again, tonight, right now) keeps a dated sentence loud. Hyperbole with laughter is not
 *   quieted, by policy: people in crisis joke too.
 */
export type ConceptRole =
  | "alone"
  | "with-marker"
  | "marker-self"
  | "marker-other"
  | "marker-context"
  | "guard"
  | "quiet-past"
  | "quiet-recovery"
  | "quiet-keep";

/** The reviewable facts about one concept-lexicon entry. */
export interface CrisisConceptEntry {
  id: string;
  language: CrisisLanguage;
  role: ConceptRole;
  /** For concepts; markers and guards carry "unclassified". */
  category: CrisisCategory;
  /** For `with-marker` concepts: the marker ids that count (absent: every marker of its language). */
  markers?: readonly string[];
}

/** All concept lexicons of all languages compiled into one phrase list (see crisis-concepts/). */
export interface CrisisConceptSet {
  terms: PhraseList;
  /** Term index → index into `entries`. */
  termEntry: readonly number[];
  entries: readonly CrisisConceptEntry[];
  /** Most words allowed between a marker and a concept term. */
  reachWords: number;
  /** Whether any entry has a `quiet-*` role (otherwise the quiet-sentence pass is skipped). */
  hasQuietTerms: boolean;
  /** Common words → the languages they are common in, to name the language of a model match. */
  languageHints: ReadonlyMap<string, readonly CrisisLanguage[]>;
}

/** A logistic-regression model over the features of `crisisModelFeatures` (trained by scripts/train-crisis-model.ts). */
export interface CrisisModel {
  weights: ReadonlyMap<string, number>;
  bias: number;
  /** Probability at or above which the model answers; chosen on cross-validation. */
  threshold: number;
  /**
   * Lower probability at or above which a message gets no safety response but one gentle line
   * pointing to the plan (at most once a day); also chosen on cross-validation. None: no mention.
   */
  mentionThreshold?: number;
}
