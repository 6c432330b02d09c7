import { describe, expect, it } from "vitest";
import { PLAN_SECTIONS } from "../../../src/core/features/safety/safety-plan";
import { testCompanion, textOf } from "../../fakes/test-companion";

describe("/plan: the guided builder", () => {
  it("walks through the seven sections in Stanley-Brown order, letting any be skipped", async () => {
    const bot = testCompanion();
    const first = textOf(await bot.send("ana", "/plan"));
    expect(first).toMatch(/Step 1 of 7: Warning signs/);
    await bot.send("ana", "can't sleep\npulling away from people");
    expect(textOf(await bot.send("ana", "next"))).toMatch(/Step 2 of 7/);
    await bot.send("ana", "box breathing");
    await bot.press("ana", "plan.next"); // to distractions
    await bot.send("ana", "skip"); // skip distractions
    await bot.send("ana", "Sam - 0151 2345678");
    await bot.send("ana", "next");
    await bot.send("ana", "skip"); // professionals
    await bot.send("ana", "skip"); // environment
    await bot.send("ana", "my dog");
    const done = textOf(await bot.send("ana", "next"));
    expect(done).toMatch(/saved \(5 items\)/);

    const user = (await bot.repos.users.find(bot.userRef("ana")))!;
    const items = await bot.repos.plans.list(user.id);
    expect(items.map((i) => [i.section, i.text, i.contact])).toEqual([
      ["warning-signs", "can't sleep", null],
      ["warning-signs", "pulling away from people", null],
      ["coping", "box breathing", null],
      ["people", "Sam", "0151 2345678"],
      ["reasons", "my dog", null],
    ]);
    expect(await bot.repos.conversations.get(user.id)).toBeNull();
  });

  it("never saves an acknowledgement or a 'nobody' as a plan item, and hears 'nothing' at reasons for living once", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/plan");
    await bot.send("ana", "can't sleep");
    expect(textOf(await bot.send("ana", "ok"))).toMatch(/Step 2 of 7/);
    expect(textOf(await bot.send("ana", "Thanks!"))).toMatch(/Step 3 of 7/);
    expect(textOf(await bot.send("ana", "next"))).toMatch(/Step 4 of 7: People I can ask for help/);
    const nobody = textOf(await bot.send("ana", "nobody"));
    expect(nobody).toMatch(/many people feel that way/);
    expect(nobody).toMatch(/Step 5 of 7: Professionals and services/);
    await bot.send("ana", "skip");
    await bot.send("ana", "skip");
    const heard = await bot.send("ana", "nothing");
    expect(textOf(heard)).toMatch(/Something small counts too/);
    expect(textOf(heard)).not.toMatch(/saved/);
    expect(textOf(await bot.send("ana", "nothing"))).toMatch(/saved \(1 item\)/);

    const user = (await bot.repos.users.find(bot.userRef("ana")))!;
    expect((await bot.repos.plans.list(user.id)).map((i) => i.text)).toEqual(["can't sleep"]);
  });

  it("does the same in the builder's language: 'a nadie', 'vale', 'nada'", async () => {
    const bot = testCompanion();
    await bot.send("ana", "ayuda");
    await bot.press("ana", "safety.plan:es");
    expect(textOf(await bot.send("ana", "vale"))).toMatch(/^Paso 2 de 7/);
    await bot.send("ana", "siguiente");
    await bot.send("ana", "siguiente");
    expect(textOf(await bot.send("ana", "A nadie."))).toMatch(/a mucha gente le pasa[\s\S]*Paso 5 de 7/);
    await bot.send("ana", "siguiente");
    await bot.send("ana", "siguiente");
    expect(textOf(await bot.send("ana", "nada"))).toMatch(/Algo pequeño también cuenta/);
    expect(textOf(await bot.send("ana", "mi gata"))).toMatch(/^Guardado\./);
    // Punctuation after a word, as French and Spanish keyboards often type it, still counts.
    expect(textOf(await bot.send("ana", "Siguiente !"))).toMatch(/^Tu plan de seguridad está guardado \(1 elemento\)/);
  });

  it("goes through an existing plan as a review, not as a new one, from the safety response's button", async () => {
    const bot = testCompanion();
    expect(textOf(await bot.send("ana", "/plan"))).toMatch(/^Let's build your safety plan together/);
    await bot.send("ana", "can't sleep");
    await bot.send("ana", "stop");
    const again = await bot.press("ana", "safety.plan");
    expect(again[0]!.text).toMatch(/^Let's go through your plan together/);
    expect(again[1]!.text).toMatch(/Already in your plan: can't sleep/);
  });

  it("can stop part-way and keeps what was written", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/plan");
    await bot.send("ana", "racing thoughts");
    expect(textOf(await bot.press("ana", "plan.stop"))).toMatch(/saved \(1 item\)/);
  });

  it("shows the plan in the safety response, what can be done now first", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/plan add warning: can't sleep");
    await bot.send("ana", "/plan add coping: hot shower");
    await bot.send("ana", "/plan add reasons: my niece");
    const text = textOf(await bot.send("ana", "/safety"));
    expect(text.indexOf("hot shower")).toBeLessThan(text.indexOf("my niece"));
    expect(text.indexOf("my niece")).toBeLessThan(text.indexOf("can't sleep"));
  });
});

describe("/plan: editing", () => {
  it("adds, changes and removes items by number", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/plan add coping: walk round the block");
    await bot.send("ana", "/plan add people: Mum +44 7700 900123");
    let shown = textOf(await bot.send("ana", "/plan"));
    expect(shown).toMatch(/1\. walk round the block/);
    expect(shown).toMatch(/2\. Mum \(\+44 7700 900123\)/);
    await bot.send("ana", "/plan edit 1 walk to the park");
    shown = textOf(await bot.send("ana", "/plan remove 2"));
    expect(shown).toContain("walk to the park");
    expect(shown).not.toContain("Mum (");
  });

  it("refuses unknown sections and numbers kindly, changing nothing", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/plan add coping: music");
    expect((await bot.send("ana", "/plan add nonsense: x"))[0]!.kind).toBe("error");
    expect((await bot.send("ana", "/plan edit 9 x"))[0]!.kind).toBe("error");
    expect((await bot.send("ana", "/plan remove zero"))[0]!.kind).toBe("error");
    const user = (await bot.repos.users.find(bot.userRef("ana")))!;
    expect((await bot.repos.plans.list(user.id)).map((i) => i.text)).toEqual(["music"]);
  });

  it("never lets one person change another's plan", async () => {
    const bot = testCompanion();
    await bot.send("ana", "/plan add coping: ana's item");
    const ana = (await bot.repos.users.find(bot.userRef("ana")))!;
    const [item] = await bot.repos.plans.list(ana.id);
    await bot.send("ben", "/plan add coping: ben's item");
    const ben = (await bot.repos.users.find(bot.userRef("ben")))!;
    expect(await bot.repos.plans.update(ben.id, item!.id, "changed", null)).toBeNull();
    expect(await bot.repos.plans.remove(ben.id, item!.id)).toBe(false);
    expect((await bot.repos.plans.list(ana.id))[0]!.text).toBe("ana's item");
  });

  it("has a section title for every section", async () => {
    const bot = testCompanion();
    for (const [index] of PLAN_SECTIONS.entries()) {
      if (index > 0) await bot.send("ana", "next");
      else await bot.send("ana", "/plan");
    }
    expect(textOf(await bot.send("ana", "next"))).toMatch(/no rush/);
  });
});

describe("/plan: a gentle review every few weeks", () => {
  // Wed 10 March 2027; the plan is made at 12:00 UTC and Ana checks in at 20:00.
  async function anaWithPlan() {
    const bot = testCompanion({ now: "2027-03-10T12:00:00Z" });
    await bot.send("ana", "/checkin 20:00");
    await bot.send("ana", "/plan add coping: hot shower");
    return bot;
  }
  const reviewsIn = (out: { reply: { text: string } }[]) => out.filter((o) => /since your safety plan came up/.test(o.reply.text));

  it("asks four weeks later, on the same weekday at the check-in time, and not before", async () => {
    const bot = await anaWithPlan();
    expect(reviewsIn(await bot.tick("2027-04-06T20:00:00Z"))).toEqual([]);
    const [review] = reviewsIn(await bot.tick("2027-04-07T20:00:00Z"));
    expect(review!.reply.text).toMatch(/about 4 weeks/);
    expect(reviewsIn(await bot.tick("2027-04-14T20:00:00Z"))).toEqual([]);
    expect(reviewsIn(await bot.tick("2027-05-05T20:00:00Z"))).toHaveLength(1);
  });

  it("shows the plan from the reminder's button, and stops for good when asked", async () => {
    const bot = await anaWithPlan();
    expect(textOf(await bot.press("ana", "plan.show"))).toMatch(/hot shower/);
    expect(textOf(await bot.press("ana", "plan.reminder-off"))).toMatch(/won't remind you/);
    await bot.send("ana", "/plan add reasons: my niece");
    expect(reviewsIn(await bot.runClock("2027-04-07T19:00:00Z", "2027-05-06T00:00:00Z", 60))).toEqual([]);
    expect(textOf(await bot.send("ana", "/plan reminder on"))).toMatch(/Every 4 weeks, Wednesdays at 20:00/);
  });

  it("sends nothing while check-ins are paused", async () => {
    const bot = await anaWithPlan();
    await bot.send("ana", "/pause");
    expect(reviewsIn(await bot.tick("2027-04-07T20:00:00Z"))).toEqual([]);
  });

  it("moves to the day and time the person picks, and says it kindly when it cannot read one", async () => {
    const bot = await anaWithPlan();
    expect(textOf(await bot.send("ana", "/plan reminder sun 10:00"))).toMatch(/Sundays at 10:00/);
    expect((await bot.send("ana", "/plan reminder whenever"))[0]!.kind).toBe("error");
  });
});
