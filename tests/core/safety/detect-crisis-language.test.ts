import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FALSE_ALARM_TARGET, RECALL_TARGET, evaluateCrisisLines, parseEvalLines } from "../../../scripts/lib/evaluate-crisis-set";
import { compileCrisisPhrases, loadCrisisPhrases } from "../../../src/content/crisis-phrases";
import en from "../../../src/content/crisis-phrases/en.json" with { type: "json" };
import { detectCrisisLanguage, normaliseCrisisText } from "../../../src/core/features/safety/detect-crisis-language";

const phrases = loadCrisisPhrases();
const detect = (text: string) => detectCrisisLanguage(text, phrases);

function expectCrisis(texts: readonly string[]): void {
  for (const text of texts) expect(detect(text), text).not.toBeNull();
}

function expectQuiet(texts: readonly string[]): void {
  for (const text of texts) expect(detect(text), text).toBeNull();
}

describe("normalising a message", () => {
  it("reads curly and missing apostrophes alike", () => {
    expect(normaliseCrisisText("I’m")).toBe(normaliseCrisisText("I'm"));
    expect(normaliseCrisisText("don't")).toBe(" don t");
  });

  it("drops accents, spells ß as ss and squeezes repeated letters", () => {
    expect(normaliseCrisisText("Ich möchte SOOO gern")).toBe(" ich mochte so gern");
    expect(normaliseCrisisText("Straße")).toBe(" strase");
    expect(normaliseCrisisText("ya no puedo más")).toBe(" ya no puedo mas");
    expect(normaliseCrisisText("ma sœur, mon cœur")).toBe(" ma soeur,mon coeur");
  });

  it("keeps sentence ends and commas, and drops emoji", () => {
    expect(normaliseCrisisText("ok. fine, whatever 💀")).toBe(" ok . fine,whatever");
  });
});

describe("noticing crisis language in English", () => {
  it("notices plain and euphemistic statements", () => {
    expectCrisis([
      "I want to die",
      "i don't want to be here anymore",
      "Everyone would be better off without me.",
      "there's no reason to live",
      "I just want to end it all",
      "i want to go to sleep and never wake up",
      "so tired of living",
      "i want to disappear forever",
    ]);
  });

  it("notices lower case, missing apostrophes, misspellings and text-speak", () => {
    expectCrisis(["im sooo done with everything.", "dont wanna be here anymore", "thinking about sucide", "i want to kil myself", "kms", "i wanna unalive myself", "i want 2 die"]);
  });

  it("notices crisis language inside other content", () => {
    expectCrisis(["had a long day. honestly i dont see the point of going on", "win: got up today but honestly i want to die"]);
  });

  it("does not fire on everyday idioms, gaming or medication wins", () => {
    expectQuiet([
      "this commute is killing me",
      "I'm dying to see it",
      "I killed it at the gym",
      "dead tired",
      "I could kill for a coffee",
      "my feet are killing me",
      "we were laughing to death",
      "I died 10 times in that level",
      "ran 5 kms today",
      "win: took all my meds this week!",
      "i cut myself shaving",
    ]);
  });

  it("stays quiet on talk about films, news and others' past deaths", () => {
    expectQuiet(["the movie was about suicide prevention", "my grandma died last year and I miss her", "my uncle killed himself when i was a kid"]);
  });

  it("answers when a friend is at risk, and says so in the category", () => {
    expect(detect("my friend wants to kill herself")).toMatchObject({ category: "concern-for-other", language: "en" });
  });

  it("believes an explicit denial, but not when crisis language follows", () => {
    expect(detect("I'm not suicidal, just tired")).toBeNull();
    expect(detect("I'm not suicidal but I don't want to be alive")).not.toBeNull();
  });

  it("counts kys only when the writer aims it at themselves", () => {
    expect(detect("i should just kys")).not.toBeNull();
    expect(detect("someone in the comments told me to kys")).toBeNull();
  });

  it("names the rule, its language and category", () => {
    expect(detect("honestly want to die")).toEqual({ source: "rule", language: "en", category: "suicidal-ideation", ruleId: "en-want-to-die" });
  });
});

describe("noticing crisis language in Spanish, German and French", () => {
  it("notices Spanish and ignores Spanish idioms", () => {
    expectCrisis(["me quiero morir", "ya no quiero vivir", "kiero morirme", "todos estarían mejor sin mí"]);
    expectQuiet(["me muero de risa", "mi madre me va a matar cuando vea las notas", "me corté el pelo"]);
    expect(detect("me quiero morir")?.language).toBe("es");
  });

  it("notices German with or without umlauts and ignores German idioms", () => {
    expectCrisis(["ich will nicht mehr leben", "ich moechte sterben", "manchmal denke ich daran, mich umzubringen", "i mog nimmer leben"]);
    expectQuiet(["ich sterbe vor Hunger", "die Hitze bringt mich noch um", "bist du lebensmüde?"]);
    expect(detect("ich will nicht mehr leben")?.language).toBe("de");
  });

  it("notices French with or without apostrophes and ignores French idioms", () => {
    expectCrisis(["je veux mourir", "jai plus envie de vivre", "j'ai envie d'en finir avec la vie", "je veux en finir."]);
    expectQuiet(["je meurs de faim", "j'ai hâte d'en finir avec ce dossier", "mdr j'en peux plus"]);
    expect(detect("je veux mourir")?.language).toBe("fr");
  });
});

describe("loading phrase files", () => {
  const withRule = (rule: object) => ({ ...en, rules: [...en.rules, rule] });

  it("fails loudly, naming file and id, on a pattern that does not parse", () => {
    const broken = withRule({ id: "en-broken", category: "hopelessness", pattern: "(no way out", example: "no way out" });
    expect(() => compileCrisisPhrases([{ file: "en.json", data: broken }])).toThrow(/en\.json.*en-broken.*missing "\)"/);
  });

  it("fails when a rule does not match its own example", () => {
    const wrong = withRule({ id: "en-wrong-example", category: "hopelessness", pattern: "no way out", example: "all good here" });
    expect(() => compileCrisisPhrases([{ file: "en.json", data: wrong }])).toThrow(/en-wrong-example.*does not match/);
  });

  it("fails on a repeated id", () => {
    const twice = withRule({ ...en.rules[0]! });
    expect(() => compileCrisisPhrases([{ file: "en.json", data: twice }])).toThrow(/used twice/);
  });
});

describe("the labelled evaluation set", () => {
  const file = new URL("../../fixtures/crisis-eval/dev.jsonl", import.meta.url);
  const report = evaluateCrisisLines(parseEvalLines(readFileSync(file, "utf8"), "dev.jsonl"), detect);

  it("has enough lines in every language", () => {
    expect(report.overall.crisis).toBeGreaterThanOrEqual(150);
    expect(report.overall.safe).toBeGreaterThanOrEqual(150);
    for (const tally of Object.values(report.byLanguage)) {
      expect(tally.crisis).toBeGreaterThanOrEqual(30);
      expect(tally.safe).toBeGreaterThanOrEqual(30);
    }
  });

  it("meets the recall and false-alarm targets", () => {
    const misses = report.misses.map((line) => line.text).join(" | ");
    const falseAlarms = report.falseAlarms.map(({ line, match }) => `${line.text} <- ${match.ruleId}`).join(" | ");
    expect(report.overall.recall, `missed: ${misses}`).toBeGreaterThanOrEqual(RECALL_TARGET);
    expect(report.overall.falseAlarmRate, `false alarms: ${falseAlarms}`).toBeLessThanOrEqual(FALSE_ALARM_TARGET);
  });
});
