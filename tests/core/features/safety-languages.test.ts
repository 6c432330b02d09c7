import { describe, expect, it, vi } from "vitest";
import { unavailableRepositories } from "../../../src/storage/unavailable-repositories";
import { gatedRepositories } from "../../fakes/gated-repositories";
import { inMemoryRepositories } from "../../fakes/in-memory-repositories";
import { untranslatedDetails } from "../../../src/core/features/safety/wording/directory-details";
import { buttonIds, testCompanion, textOf } from "../../fakes/test-companion";

// Someone who writes "ayuda" or "ich will nicht mehr leben" at 2 a.m. is answered in the language
// they wrote in: the opening, their plan's headings, the lines, the buttons and what the buttons say.

describe("the safety response in the language the person wrote in", () => {
  it.each([
    ["ayuda", /Estoy aquí contigo/, /Líneas de crisis:/],
    ["necesito ayuda por favor", /Estoy aquí contigo/, /Líneas de crisis:/],
    ["sos por favor", /Estoy aquí contigo/, /Líneas de crisis:/],
    ["hilfe bitte", /Ich bin für dich da\./, /Krisentelefone:/],
    ["aidez-moi svp", /Je suis là avec toi/, /Lignes d'écoute\s:/],
    ["au secours", /Je suis là avec toi/, /Lignes d'écoute\s:/],
  ] as const)("answers the call for help %j in its language, with the way back to English", async (text, opening, lines) => {
    const bot = testCompanion();
    const replies = await bot.send("stranger", text);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.kind).toBe("safety");
    expect(replies[0]!.text).toMatch(opening);
    expect(replies[0]!.text).toMatch(lines);
    expect(replies[0]!.text).toMatch(/findahelpline\.com/);
    expect(replies[0]!.text).toMatch(/112 (o|oder|ou) 911/);
    expect(replies[0]!.text).toMatch(/In English: \/safety$/);
    expect(replies[0]!.text).not.toMatch(/I'm here with you|Crisis lines/);
    expect(bot.repos.all.journal).toEqual([]);
  });

  it.each(["help", "pls help", "I need help", "crisis line", "/safety", "/help"])("answers %j in English, with nothing added", async (text) => {
    const bot = testCompanion();
    const reply = (await bot.send("stranger", text))[0]!;
    expect(reply.text).toMatch(/I'm here with you/);
    expect(reply.text).not.toMatch(/In English/);
    expect(buttonIds([reply])).toEqual(["safety.ground:box", "safety.ground:54321", "safety.plan"]);
  });

  it("answers German crisis language in German, with the person's country in German, its lines and their own plan", async () => {
    const bot = testCompanion();
    await bot.send("lena", "/country DE");
    await bot.send("lena", "/plan add people: meine Schwester 0151 2345678");
    const text = "ich will nicht mehr leben";
    const replies = await bot.send("lena", text);
    const response = replies[0]!;
    expect(response.kind).toBe("safety");
    expect(response.text).toMatch(/Bist du gerade in Sicherheit\?/);
    expect(response.text).toContain("Dein Krisenplan:");
    expect(response.text).toContain("Menschen, die ich um Hilfe bitten kann:\n• meine Schwester (0151 2345678)");
    expect(response.text).toContain("Krisentelefone (Deutschland):");
    expect(response.text).toContain("TelefonSeelsorge: Telefon 0800 111 0 111 oder 0800 111 0 222 oder 116 123");
    expect(response.text).toContain("ruf die 112 an.");
    expect(response.buttons!.flat().map((b) => b.label)).toEqual([
      "Ich bin gerade in Sicherheit",
      "Ich bin nicht in Sicherheit",
      "Box-Atmung",
      "5-4-3-2-1-Übung",
      "Plan durchgehen",
    ]);
    // Still kept, as in English.
    expect(bot.repos.all.journal.map((e) => e.text)).toEqual([text]);

    // The buttons answer in German too, without reading storage.
    const notSafe = await bot.press("lena", "safety.check:unsafe:de");
    expect(notSafe[0]!.text).toMatch(/^Danke, dass du es mir sagst\. Bitte ruf jetzt die 112 oder eine der Nummern unten an\./);
    expect(notSafe[1]!.text).toContain("meine Schwester");
    expect(textOf(await bot.press("lena", "safety.check:safe:de"))).toMatch(/Das freut mich/);
    const box = await bot.press("lena", "safety.ground:box:de");
    expect(box[0]!.text).toMatch(/Halte die Luft an/);
    expect(buttonIds(box)).toEqual(["safety.show:de"]);
    expect(textOf(await bot.press("lena", "safety.show:de"))).toMatch(/^Ich bin für dich da\./);
  });

  it.each([
    ["ya no quiero vivir", "MX", /¿Estás a salvo ahora mismo\?/, "Líneas de crisis (México):"],
    ["je veux mourir", "FR", /Es-tu en sécurité en ce moment\s\?/, "Lignes d'écoute (France)\u00a0:"],
    ["i want to die", "US", /Are you safe right now\?/, "Crisis lines in United States:"],
    // A call for help inside a message is named by the words of the call, not by common words alone.
    ["notfall, bitte hilfe", "AT", /Bist du gerade in Sicherheit\?/, "Krisentelefone (Österreich):"],
    ["me siento fatal, necesito ayuda", "ES", /¿Estás a salvo ahora mismo\?/, "Líneas de crisis (España):"],
    ["urgence!! besoin daide", "BE", /Es-tu en sécurité en ce moment\s\?/, "Lignes d'écoute (Belgique)\u00a0:"],
  ] as const)("answers %j in its language (%s)", async (text, country, question, lines) => {
    const bot = testCompanion();
    await bot.send("ana", `/country ${country}`);
    const replies = await bot.send("ana", text);
    expect(replies[0]!.kind).toBe("safety");
    expect(replies[0]!.text).toMatch(question);
    expect(replies[0]!.text).toContain(lines);
    expect(bot.repos.all.journal.map((e) => e.text)).toEqual([text]);
  });

  it("keeps to English for /safety, whatever the person wrote before", async () => {
    const bot = testCompanion();
    await bot.send("ana", "ya no quiero vivir");
    expect((await bot.send("ana", "/safety"))[0]!.text).toMatch(/^I'm here with you/);
  });

  it("answers in Spanish and says so in Spanish when storing what was written failed", async () => {
    const bot = testCompanion({ repos: unavailableRepositories() });
    const replies = await bot.send("ana", "ya no quiero vivir");
    expect(replies[0]!.text).toMatch(/¿Estás a salvo ahora mismo\?/);
    expect(replies[1]!.text).toMatch(/No pude guardar lo que escribiste/);
  });

  it("answers in French by the deadline when storage hangs, and keeps the message once it answers", async () => {
    const storage = gatedRepositories(inMemoryRepositories());
    const bot = testCompanion({ repos: storage.repos });
    storage.close();
    const replies = await bot.send("ana", "je veux mourir");
    expect(replies[0]!.text).toMatch(/Es-tu en sécurité en ce moment\s\?/);
    expect(replies[1]!.text).toMatch(/prend plus de temps que d'habitude/);
    storage.open();
    await vi.waitFor(() => expect(bot.repos.all.journal.map((e) => e.text)).toEqual(["je veux mourir"]));
  });

  it.each([
    ["hilfe", "Krisentelefone ("],
    ["ayuda", "Líneas de crisis ("],
    ["aide", "Lignes d'écoute ("],
  ])("gives every country's lines and emergency number in every language (%j)", async (call, heading) => {
    const bot = testCompanion();
    for (const [code, entry] of bot.deps.content.crisisLines.entries) {
      const person = `person-${code}`;
      await bot.send(person, `/country ${code}`);
      const text = textOf(await bot.send(person, call));
      expect(text, code).toContain(heading);
      expect(text, code).toContain(` ${entry.emergency}`);
      for (const line of entry.lines) {
        expect(text, `${code} ${line.name}`).toContain(`• ${line.name}`);
        for (const way of [line.phone?.split(" or ")[0], line.text, line.chat]) if (way) expect(text, `${code} ${line.name}`).toContain(way);
      }
      expect(text, code).not.toMatch(/findahelpline/);
    }
  });

  it.each(["es", "de", "fr"] as const)("has every line's hours and audience from the directory in %s", (language) => {
    const bot = testCompanion();
    const details = [...bot.deps.content.crisisLines.entries.values()].flatMap((entry) =>
      entry.lines.flatMap((line) => [line.hours, line.audience].filter((detail): detail is string => detail !== undefined)),
    );
    expect(details.length).toBeGreaterThan(50);
    expect(untranslatedDetails(details, language)).toEqual([]);
  });

  it("shows a line's hours and audience in the response's language", async () => {
    const bot = testCompanion();
    await bot.send("lena", "/country DE");
    const text = textOf(await bot.send("lena", "hilfe"));
    expect(text).toContain("Nummer gegen Kummer: Telefon 116 111 (Mo–Sa 14:00–20:00, Kinder und Jugendliche)");
    expect(text).not.toMatch(/children|Mon–Sat/);
  });

  it("builds the plan in Spanish from the Spanish response's button, and still takes the English words", async () => {
    const bot = testCompanion();
    const response = (await bot.send("ana", "ayuda"))[0]!;
    expect(response.text).toContain("el botón «Hacer mi plan»");
    expect(buttonIds([response])).toContain("safety.plan:es");

    const started = await bot.press("ana", "safety.plan:es");
    expect(started[0]!.text).toMatch(/^Vamos a crear juntos tu plan de seguridad/);
    expect(started[1]!.text).toMatch(/^Paso 1 de 7: Señales de alerta que noto\n¿Qué te avisa/);
    expect(started[1]!.buttons!.flat().map((b) => b.label)).toEqual(["Siguiente sección", "Parar por ahora"]);
    expect(textOf(await bot.send("ana", "no puedo dormir\nme alejo de todos"))).toBe("He guardado las 2. Añade más o escribe «siguiente».");
    expect(textOf(await bot.send("ana", "Siguiente"))).toMatch(/^Paso 2 de 7: Cosas que puedo hacer por mi cuenta/);
    expect(textOf(await bot.send("ana", "next"))).toMatch(/^Paso 3 de 7/);
    expect(textOf(await bot.send("ana", "después"))).toMatch(/^Tu plan de seguridad está guardado \(2 elementos\)/);

    const shown = textOf(await bot.send("ana", "ayuda"));
    expect(shown).toContain("Señales de alerta que noto:\n• no puedo dormir\n• me alejo de todos");
    expect(buttonIds(await bot.send("ana", "ayuda"))).toContain("safety.plan:es");
  });

  it("builds the plan in English from /plan, whatever language the person wrote in before", async () => {
    const bot = testCompanion();
    await bot.send("ana", "ayuda");
    expect(textOf(await bot.send("ana", "/plan"))).toMatch(/Step 1 of 7: Warning signs/);
  });
});
