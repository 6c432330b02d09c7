import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseEvalLines } from "../../../scripts/lib/evaluate-crisis-set";
import { foldKeys } from "../../../scripts/lib/cross-validate-crisis-model";
import { trainCrisisModel } from "../../../scripts/lib/train-crisis-model";
import { readTrainingLines } from "../../../scripts/lib/training-files";
import { compileCrisisModel } from "../../../src/content/crisis-model";
import { loadCrisisPhrases } from "../../../src/content/crisis-phrases";
import model from "../../../src/content/crisis-model/model.json" with { type: "json" };
import { detectCrisisLanguage } from "../../../src/core/features/safety/detect-crisis-language";

// The statistical layer: weights learned offline by `npm run train:safety`, tried only when no
// rule and no concept answered.

const phrases = loadCrisisPhrases();
const withoutModel = loadCrisisPhrases({ model: false });

describe("the committed model", () => {
  // Training takes about 30 s here; the ceiling is generous because CI machines are shared and slow at times.
  it("is what training on the committed data gives (run npm run train:safety after changing the data)", () => {
    const lines = readTrainingLines((file) => parseEvalLines(readFileSync(file, "utf8"), file)).map(({ line }) => line);
    const trained = trainCrisisModel(lines, withoutModel);
    expect(trained.bias).toBe(model.bias);
    expect(Object.keys(trained.weights).length).toBe(Object.keys(model.weights).length);
    expect(trained.weights).toEqual(model.weights);
  }, 180_000);

  it("has a threshold chosen by cross-validation, not left at the placeholder", () => {
    expect(model.threshold).toBeGreaterThan(0.5);
    expect(model.threshold).toBeLessThan(1);
  });

  it("has a gentle-mention threshold below the safety response's, and refuses one above it", () => {
    expect(model.mentionThreshold).toBeGreaterThan(0.3);
    expect(model.mentionThreshold).toBeLessThan(model.threshold);
    expect(() => compileCrisisModel({ ...model, mentionThreshold: model.threshold + 0.01 })).toThrow(/mentionThreshold/);
    expect(compileCrisisModel(model).mentionThreshold).toBe(model.mentionThreshold);
  });
});

describe("cross-validation", () => {
  it("keeps a translated line in the fold of the line it was translated from", () => {
    const line = (text: string, note?: string) => ({ text, label: "crisis" as const, lang: "en" as const, ...(note ? { note } : {}) });
    const keys = foldKeys([
      { line: line("one"), source: "train-7" },
      { line: line("two"), source: "train-7" },
      { line: line("eins", "passive wish; translated from train-7:2"), source: "train-17" },
      { line: line("zwei"), source: "train-17" },
    ]);
    expect(keys).toEqual(["train-7:1", "train-7:2", "train-7:2", "train-17:2"]);
  });
});

describe("messages only the model notices", () => {
  it("answer with the model as source and its strongest features as evidence", () => {
    const text = "ich verdiene es nicht, weiterzuleben";
    expect(detectCrisisLanguage(text, withoutModel)).toBeNull();
    const match = detectCrisisLanguage(text, phrases);
    expect(match).toMatchObject({ source: "model", ruleId: "model", category: "unclassified", language: "de" });
    expect(match?.evidence).toMatch(/^p=0\.\d\d /);
  });
});

describe("short replies", () => {
  it("never reach the model: it needs at least four words to go on", () => {
    for (const text of ["not now", "skip", "maybe later", "not today thanks"]) expect(detectCrisisLanguage(text, phrases), text).toBeNull();
  });
});

describe("everyday messages", () => {
  it("stay quiet with all three layers", () => {
    const quiet = [
      "this traffic is killing me",
      "I'm dying to try that new ramen place",
      "my phone died halfway through the call",
      "me muero de risa con este video",
      "ich lach mich tot",
      "je suis morte de rire",
      "going to bed early, long day",
      "had a lovely walk with my sister today",
    ];
    for (const text of quiet) expect(detectCrisisLanguage(text, phrases), text).toBeNull();
  });
});
