import { describe, expect, it } from "vitest";
import { BUNDLED_CONCEPT_SOURCES, compileCrisisConcepts, parseConceptFiles } from "../../../src/content/crisis-concepts";
import { loadCrisisPhrases } from "../../../src/content/crisis-phrases";
import { detectCrisisConcept } from "../../../src/core/features/safety/detect-crisis-concept";
import { detectCrisisLanguage, prepareCrisisText } from "../../../src/core/features/safety/detect-crisis-language";

// The concept layer: lexicons of death, self-harm, means, hopelessness and farewell words that
// answer near a wish or intent marker. These lines are worded so no phrase rule matches them.

const phrases = loadCrisisPhrases({ model: false });
const rulesOnly = loadCrisisPhrases({ concepts: false, model: false });
const files = parseConceptFiles(BUNDLED_CONCEPT_SOURCES);

function answeredByConcept(text: string) {
  return detectCrisisLanguage(text, phrases);
}

describe("each concept-lexicon entry", () => {
  for (const { file, concepts } of files) {
    for (const entry of concepts.entries) {
      // Quiet roles blank whole sentences for every layer; quiet-keep keeps a sentence loud.
      const quiet = entry.role === "guard" || (entry.role.startsWith("quiet-") && entry.role !== "quiet-keep");
      it(`${file} ${entry.id}: its examples ${quiet ? "stay quiet" : "answer"}`, () => {
        for (const example of entry.examples) {
          const finding = entry.role.startsWith("quiet-")
            ? answeredByConcept(example)
            : detectCrisisConcept(prepareCrisisText(example, phrases), phrases.concepts!);
          if (quiet) expect(finding, example).toBeNull();
          else expect(finding, example).not.toBeNull();
        }
      });
    }
  }
});

describe("new wordings the phrase rules miss", () => {
  const unseen = [
    "i think i'm ready to go, i've made my peace",
    "my sister keeps saying she wants to disappear forever",
    "mi hermana dice que quiere desaparecer para siempre",
    "no merezco estar viva",
    "ya tengo todo preparado para esta noche",
    "mein vater sagt, er will sich aufhängen",
    "hab schon alles vorbereitet für heute nacht",
    "ich verdiene es nicht zu leben",
    "mon frère parle de se jeter sous un train",
    "je mérite pas de vivre",
    "j'ai tout prévu pour ce soir",
  ];

  it("are not phrase rules (so this test measures the concept layer)", () => {
    for (const text of unseen) expect(detectCrisisLanguage(text, rulesOnly), text).toBeNull();
  });

  it("answer, naming the concept and the layer", () => {
    for (const text of unseen) expect(answeredByConcept(text), text).toMatchObject({ source: "concept" });
  });

  it("report someone else at risk as concern for another person", () => {
    expect(answeredByConcept("my sister keeps saying she wants to disappear forever")).toMatchObject({
      category: "concern-for-other",
      ruleId: "en-concept-not-alive+en-marker-other",
    });
  });
});

describe("idioms, plans for the weekend and other languages' words", () => {
  it("stay quiet", () => {
    const quiet = [
      "i'd rather die than sing karaoke",
      "we talked about death in philosophy class today",
      "lieber sterbe ich als karaoke zu singen",
      "i want to disappear under my duvet all weekend",
      "quiero desaparecer del grupo de whatsapp",
      "je veux disparaître sous la couette",
      "ich will mit meinem freund schluss machen, aber ich hab angst",
      "we set a date for the wedding!",
      "je veux pas me réveiller tôt demain, c'est samedi",
      "started new meds today, hoping they help with my mood",
    ];
    for (const text of quiet) expect(answeredByConcept(text), text).toBeNull();
  });

  it("never pair a marker with a concept word of another language", () => {
    // French "tôt" (early) reads like German "tot" (dead) once accents are folded.
    expect(answeredByConcept("je vais me coucher tôt ce soir")).toBeNull();
  });

  it("let a guard silence only its own language", () => {
    // German "See" (lake) folds to "se", as English "see" does.
    expect(answeredByConcept("i honestly see no reason left in living")).toMatchObject({ source: "concept" });
  });
});

describe("loading concept files", () => {
  it("fails naming the file, entry and term when a term does not parse", () => {
    const [first] = files;
    const broken = { ...first!, concepts: { ...first!.concepts, entries: [{ ...first!.concepts.entries[0]!, terms: ["(die"] }] } };
    expect(() => compileCrisisConcepts([broken])).toThrow(/en\.json.*en-concept-end-own-life.*"\(die"/);
  });

  it("fails when a concept names a marker its file does not have", () => {
    const [first] = files;
    const entries = first!.concepts.entries.map((entry) => (entry.role === "with-marker" ? { ...entry, markers: ["en-marker-nonexistent"] } : entry));
    expect(() => compileCrisisConcepts([{ ...first!, concepts: { ...first!.concepts, entries } }])).toThrow(/en-marker-nonexistent/);
  });
});
