import { describe, expect, it } from "vitest";
import { unavailableRepositories } from "../../../src/storage/unavailable-repositories";
import { buttonIds, testCompanion, textOf } from "../../fakes/test-companion";

describe("the safety response", () => {
  it("answers a person the companion has never seen, with international lines", async () => {
    const bot = testCompanion();
    const replies = await bot.send("stranger", "help");
    expect(replies).toHaveLength(1);
    expect(replies[0]!.kind).toBe("safety");
    expect(textOf(replies)).toMatch(/findahelpline\.com/);
    expect(buttonIds(replies)).toEqual(expect.arrayContaining(["safety.ground:box", "safety.ground:54321", "safety.plan"]));
    // Nothing is written for a safety request: it must not depend on storage working.
    expect(await bot.repos.users.find(bot.userRef("stranger"))).toBeNull();
  });

  it.each([
    ["US", "988"],
    ["GB", "116 123"],
    ["CA", "988"],
    ["AU", "13 11 14"],
    ["DE", "0800 111 0 111"],
    ["FR", "3114"],
  ])("shows the lines of the person's country (%s: %s)", async (country, number) => {
    const bot = testCompanion();
    await bot.send("ana", `/country ${country}`);
    expect(textOf(await bot.send("ana", "/safety"))).toContain(number);
  });

  it("shows every country's own lines and emergency number, for each country in the directory", async () => {
    const bot = testCompanion();
    const directory = bot.deps.content.crisisLines;
    expect(directory.entries.size).toBeGreaterThanOrEqual(60);
    for (const [code, entry] of directory.entries) {
      const person = `person-${code}`;
      await bot.send(person, `/country ${code}`);
      const text = textOf(await bot.send(person, "help"));
      expect(text, code).toContain(`Crisis lines in ${entry.name}:`);
      expect(text, code).toContain(`call ${entry.emergency}.`);
      for (const line of entry.lines) {
        expect(text, `${code} ${line.name}`).toContain(line.name);
        for (const way of [line.phone, line.chat]) if (way) expect(text, `${code} ${line.name}`).toContain(way);
      }
      expect(text, code).not.toMatch(/findahelpline\.com lists/);
    }
  });

  it.each(["/safety", "/help", "/sos", "help", "HELP!", "sos", "I need help", "i need help.", "ayuda", "Hilfe", "au secours", "pls help", "i need help right now", "safety plan", "crisis line", "hilfe bitte", "aidez-moi svp"])(
    "answers %j with the safety response",
    async (text) => {
      const bot = testCompanion();
      expect((await bot.send("ana", text))[0]!.kind).toBe("safety");
      // A call for help is answered, not filed: nothing lands in the journal.
      expect(bot.repos.all.journal).toEqual([]);
    },
  );

  it("does not treat a sentence that merely mentions help as a safety request", async () => {
    const bot = testCompanion();
    expect((await bot.send("ana", "can you help me set a time?"))[0]!.kind).not.toBe("safety");
  });

  it("interrupts a guided flow, which is then set aside", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/start");
    expect((await bot.send("ana", "help"))[0]!.kind).toBe("safety");
    // The next message is not read as the country answer.
    const user = (await bot.repos.users.find(bot.userRef("ana")))!;
    expect(await bot.repos.conversations.get(user.id)).toBeNull();
  });

  it("answers from bundled lines and a generic plan when storage is unreachable", async () => {
    const bot = testCompanion({ repos: unavailableRepositories() });
    const replies = await bot.send("ana", "/safety");
    expect(replies[0]!.kind).toBe("safety");
    expect(textOf(replies)).toMatch(/findahelpline\.com/);
    expect(textOf(replies)).toMatch(/breathing/i);
  });

  it("answers crisis language with the safety response when storage is unreachable, and says the message was not saved", async () => {
    const bot = testCompanion({ repos: unavailableRepositories() });
    const replies = await bot.send("ana", "honestly i dont want to be here anymore");
    expect(replies[0]!.kind).toBe("safety");
    expect(replies[0]!.text).toMatch(/are you safe right now/i);
    expect(textOf(replies)).toMatch(/findahelpline\.com/);
    expect(replies[1]!.text).toMatch(/couldn't save what you wrote/);
    expect(textOf(replies)).not.toMatch(/something went wrong on my side and I couldn't finish that/);
    // Ordinary text still gets the plain apology.
    expect(textOf(await bot.send("ana", "made pasta tonight"))).toMatch(/something went wrong on my side/);
  });

  it("answers from what it last knew when storage fails after working", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/country GB");
    await bot.send("ana", "/plan add people: my sister 07700 900123");
    await bot.send("ana", "/safety");
    bot.deps.repos = unavailableRepositories();
    const text = textOf(await bot.send("ana", "/safety"));
    expect(text).toContain("116 123");
    expect(text).toContain("my sister");
  });

  it("offers grounding exercises", async () => {
    const bot = testCompanion();
    expect(textOf(await bot.press("ana", "safety.ground:box"))).toMatch(/in .* for 4/i);
    expect(textOf(await bot.press("ana", "safety.ground:54321"))).toMatch(/5 things you can see/i);
  });
});

describe("crisis language in plain messages", () => {
  it("answers with care first, and still keeps the win that carried it", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/country US");
    const replies = await bot.send("ana", "win: got up today but honestly i dont want to be here anymore");
    expect(replies[0]!.kind).toBe("safety");
    expect(replies[0]!.text).toMatch(/are you safe right now/i);
    expect(replies[0]!.text).toContain("988");
    expect(buttonIds(replies)).toEqual(expect.arrayContaining(["safety.check:safe", "safety.check:unsafe"]));
    expect(replies.some((r) => r.kind === "celebration")).toBe(false);
    expect(textOf(await bot.send("ana", "/wins"))).toContain("got up today");
  });

  it("while the plan is built, answers warning signs with a safety response worded for planning, and the builder goes on", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/country US");
    await bot.send("ana", "/plan");
    const replies = await bot.send("ana", "when I start thinking everyone would be better off without me");
    expect(replies[0]!.kind).toBe("safety");
    expect(replies[0]!.text).toMatch(/^Writing a safety plan can stir up a lot/);
    expect(replies[0]!.text).toMatch(/are you safe right now/i);
    expect(replies[0]!.text).not.toMatch(/It sounds like things are really hard right now/);
    expect(replies[0]!.text).toContain("988");
    expect(buttonIds(replies)).toEqual(expect.arrayContaining(["safety.check:safe", "safety.check:unsafe"]));
    expect(textOf(replies.slice(1))).toMatch(/Saved that/);
    const user = (await bot.repos.users.find(bot.userRef("ana")))!;
    expect((await bot.repos.plans.list(user.id)).map((item) => [item.section, item.text])).toEqual([["warning-signs", "when I start thinking everyone would be better off without me"]]);
    expect(bot.repos.all.journal).toEqual([]);
    expect(textOf(replies.slice(1))).toMatch(/Step|next/i);
    // Outside the builder the same words get the usual wording.
    await bot.send("ana", "stop");
    expect((await bot.send("ana", "when I start thinking everyone would be better off without me"))[0]!.text).toMatch(/It sounds like things are really hard right now/);
  });

  it("does not fire on everyday idioms", async () => {
    const bot = testCompanion();
    for (const text of ["win: this commute is killing me but I made it", "win: I killed it at the gym", "win: dying to see the new film"]) {
      expect((await bot.send("ana", text))[0]!.kind).toBe("celebration");
    }
  });

  it("answers 'I'm not safe' with the emergency number first", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/country GB");
    const replies = await bot.press("ana", "safety.check:unsafe");
    expect(replies[0]!.text).toMatch(/call 999/);
    expect(replies[1]!.kind).toBe("safety");
  });

  it("answers 'I'm not safe' and the grounding buttons when storage is unreachable", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/country GB");
    await bot.send("ana", "/safety");
    bot.deps.repos = unavailableRepositories();
    const replies = await bot.press("ana", "safety.check:unsafe");
    expect(replies[0]!.text).toMatch(/call 999/);
    expect(textOf(replies)).toContain("116 123");
    expect(textOf(await bot.press("ana", "safety.ground:box"))).toMatch(/in .* for 4/i);
    expect(textOf(await bot.press("ana", "safety.check:safe"))).toMatch(/glad/);
  });

  it.each([
    ["he's here. he's not supposed to know where i live. please help", /are you safe right now/i],
    ["tengo miedo de lo que voy a hacer. ayúdame porfa", /¿Estás a salvo ahora mismo\?/],
    ["meine hände zittern so. ich hab schon angefangen. hilfe", /Bist du gerade in Sicherheit\?/],
    ["je ne sais plus quoi faire. aidez-moi svp", /Es-tu en sécurité en ce moment\s\?/],
  ] as const)("answers a message that ends in a call for help (%j) with the safety response in its language, and keeps it", async (text, question) => {
    const bot = testCompanion();
    const replies = await bot.send("ana", text);
    expect(replies[0]!.kind).toBe("safety");
    expect(replies[0]!.text).toMatch(question);
    expect(bot.repos.all.journal.map((e) => e.text)).toEqual([text]);
  });

  it("takes a joking 'help' inside a sentence for what it is", async () => {
    const bot = testCompanion();
    expect((await bot.send("ana", "au secours, j'ai brûlé le riz"))[0]!.kind).not.toBe("safety");
  });

  it("logs that crisis language was noticed without logging what was written", async () => {
    const bot = testCompanion();
    await bot.send("ana", "win: i want to end it all tonight");
    const logged = JSON.stringify(bot.logger.lines);
    expect(logged).toContain("crisis-language");
    expect(logged).not.toContain("end it all");
  });
});
