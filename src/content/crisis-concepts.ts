import { z } from "zod";
import type { CrisisConceptEntry, CrisisConceptSet, CrisisLanguage } from "../core/features/safety/crisis-phrase-set";
import { normaliseCrisisText } from "../core/features/safety/detect-crisis-language";
import de from "./crisis-concepts/de.json" with { type: "json" };
import en from "./crisis-concepts/en.json" with { type: "json" };
import es from "./crisis-concepts/es.json" with { type: "json" };
import fr from "./crisis-concepts/fr.json" with { type: "json" };
import { buildPhraseList, compilePattern, type CompiledPattern } from "./crisis-phrases/compile-pattern";

// Loads the concept lexicons (crisis-concepts/*.json, explained in crisis-concepts/README.md).

/** Most words between a marker and a concept term: a short clause, so two topics rarely meet. */
export const CONCEPT_REACH_WORDS = 6;

const ZId = z.string().regex(/^(en|es|de|fr)-(concept|marker|guard)-[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: "id must be the language code, then concept, marker or guard, then lower-case words joined by dashes",
});

/** One concept, marker or guard with its terms and the examples that prove it works. */
export const ZConceptEntry = z.strictObject({
  id: ZId,
  role: z.enum(["alone", "with-marker", "marker-self", "marker-other", "guard"]),
  category: z.enum(["suicidal-ideation", "self-harm", "intent-plan", "hopelessness", "goodbye", "concern-for-other", "unclassified"]),
  terms: z.array(z.string().trim().min(1).max(1000)).min(1),
  /** For with-marker concepts: only these markers count (ids from the same file). */
  markers: z.array(ZId).optional(),
  examples: z.array(z.string().trim().min(1).max(400)).min(1),
  note: z.string().optional(),
});

/** One whole crisis-concepts/<language>.json file. */
export const ZConceptFile = z.strictObject({
  language: z.enum(["en", "es", "de", "fr"]),
  format: z.string().min(20),
  languageHints: z.array(z.string().min(1)),
  entries: z.array(ZConceptEntry).min(1),
});

export type ConceptFile = z.infer<typeof ZConceptFile>;

/** A concept file still unchecked, with the name to blame when it is wrong. */
export interface ConceptSource {
  file: string;
  data: unknown;
}

/** The bundled concept files, parsed; throws naming the file when one breaks the schema. */
export function parseConceptFiles(sources: readonly ConceptSource[]): Array<{ file: string; concepts: ConceptFile }> {
  return sources.map(({ file, data }) => {
    const parsed = ZConceptFile.safeParse(data);
    if (!parsed.success) throw new Error(`crisis concepts ${file}: does not match the schema: ${z.prettifyError(parsed.error)}`);
    return { file, concepts: parsed.data };
  });
}

/** Compiles every term of every file into one CrisisConceptSet; throws naming file, id and term. */
export function compileCrisisConcepts(files: ReadonlyArray<{ file: string; concepts: ConceptFile }>): CrisisConceptSet {
  const compiled: CompiledPattern[] = [];
  const termEntry: number[] = [];
  const entries: CrisisConceptEntry[] = [];
  const seen = new Set<string>();
  const languageHints = new Map<string, CrisisLanguage[]>();
  for (const { file, concepts } of files) {
    for (const hint of concepts.languageHints) {
      const word = normaliseCrisisText(hint).trim();
      languageHints.set(word, [...(languageHints.get(word) ?? []), concepts.language]);
    }
    for (const entry of concepts.entries) {
      if (!entry.id.startsWith(`${concepts.language}-`)) throw new Error(`crisis concepts ${file}: "${entry.id}": id must start with "${concepts.language}-"`);
      if (seen.has(entry.id)) throw new Error(`crisis concepts ${file}: "${entry.id}": id is used twice`);
      seen.add(entry.id);
      const known = new Set(concepts.entries.filter((other) => other.role.startsWith("marker")).map((other) => other.id));
      const unknown = entry.markers?.find((id) => !known.has(id));
      if (unknown) throw new Error(`crisis concepts ${file}: "${entry.id}": marker "${unknown}" is not a marker in this file`);
      entries.push({ id: entry.id, language: concepts.language, role: entry.role, category: entry.category, ...(entry.markers ? { markers: entry.markers } : {}) });
      for (const term of entry.terms) {
        try {
          compiled.push(compilePattern(term));
        } catch (error) {
          throw new Error(`crisis concepts ${file}: "${entry.id}": term "${term}": ${(error as Error).message}`);
        }
        termEntry.push(entries.length - 1);
      }
    }
  }
  return { terms: buildPhraseList(compiled), termEntry, entries, reachWords: CONCEPT_REACH_WORDS, languageHints };
}

/** The bundled concept files, unchecked. */
export const BUNDLED_CONCEPT_SOURCES: readonly ConceptSource[] = [
  { file: "en.json", data: en },
  { file: "es.json", data: es },
  { file: "de.json", data: de },
  { file: "fr.json", data: fr },
];
