import { describe, expect, it } from "vitest";
import { loadCrisisPhrases } from "../../../src/content/crisis-phrases";
import { detectCrisisLanguage, normaliseCrisisText } from "../../../src/core/features/safety/detect-crisis-language";

// The context lexicons (crisis-concepts/*-context.json, *-others.json, *-quiet.json): danger with no
// death word, danger from someone else, and the resolved-past and hyperbole context that quiets a
// sentence. Lines here are written for this test, not taken from any evaluation set.

const phrases = loadCrisisPhrases({ model: false });
const detect = (text: string) => detectCrisisLanguage(text, phrases);

describe("danger without a death word", () => {
  it("answers", () => {
    const crisis = [
      "sitting on the railing of the footbridge alone right now",
      "wasted and the gun is in my lap",
      "swallowed a load of tablets twenty minutes ago, feeling woozy",
      "got my affairs in order and wrote letters to my kids",
      "estoy en la azotea sola ahora mismo mirando para abajo",
      "hab vor ner stunde die ganze packung schlaftabletten geschluckt",
      "chui bourrée et j'ai le couteau dans la main",
    ];
    // A rule may answer first; what matters is that the message is answered.
    for (const text of crisis) expect(detect(text), text).not.toBeNull();
  });

  it("stays quiet for the same places and things in everyday use", () => {
    const quiet = [
      "on the roof with friends watching the fireworks right now",
      "i need to pick up my pills at the pharmacy now",
      "took all my meds this week, proud of that",
      "writing letters to everyone for christmas this year",
      "estoy en la azotea con amigos viendo los fuegos ahora",
      "bin gerade auf dem dach und repariere die antenne",
    ];
    for (const text of quiet) expect(detect(text), text).toBeNull();
  });
});

describe("danger from someone else, now", () => {
  it("answers, and says so in the category", () => {
    expect(detect("he's pounding on the front door saying he'll stab me")).toMatchObject({ category: "danger-from-other" });
    expect(detect("mein freund hämmert gegen die tür und schreit, dass er mich umbringt")).toMatchObject({ category: "danger-from-other" });
  });

  it("stays quiet for the idiom", () => {
    expect(detect("my mum will kill me when she sees the dent in the car")).toBeNull();
  });
});

describe("someone else at risk now", () => {
  it("answers with a weapon, pills or a goodbye and no answer", () => {
    expect(detect("my dad locked himself in the shed with a rope")).toMatchObject({ category: "concern-for-other" });
    expect(detect("my brother locked himself in his room to play games and won't answer")).toBeNull();
  });
});

describe("recovery told in the past tense", () => {
  it("is quiet when the past is dated and the message speaks of recovery", () => {
    expect(detect("Four years ago I tried to kill myself. Today I'm so grateful to be alive.")).toBeNull();
    expect(detect("Hace cuatro años intenté matarme. Hoy estoy agradecida de seguir aquí.")).toBeNull();
  });

  it("still answers present danger in the same message", () => {
    expect(detect("Four years ago I tried to kill myself. I'm grateful for my kids, but I want to die tonight.")).not.toBeNull();
    expect(detect("Vor vier Jahren wollte ich sterben, heute bin ich dankbar, aber gerade will ich wieder sterben")).not.toBeNull();
  });
});

describe("hyperbole", () => {
  it("still answers crisis words with laughter and an everyday cause (policy: people in crisis joke too)", () => {
    expect(detect("this spreadsheet makes me want to die lol")).not.toBeNull();
    expect(detect("failed the exam lol i want to kill myself")).not.toBeNull();
  });

  it("still answers laughter without an everyday cause", () => {
    expect(detect("i want to die lol")).not.toBeNull();
  });

  it("reads laughing and eye-rolling emoji as words", () => {
    expect(normaliseCrisisText("no 😂")).toBe(" no emojilaugh .");
  });
});
