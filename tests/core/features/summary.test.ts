import { describe, expect, it } from "vitest";
import { describePattern, findPatterns, type PatternDay } from "../../../src/core/features/patterns/find-patterns";
import { testCompanion, textOf } from "../../fakes/test-companion";

type Bot = ReturnType<typeof testCompanion>;

async function at(bot: Bot, instant: string, ...texts: string[]) {
  bot.clock.set(new Date(instant));
  const replies = [];
  for (const text of texts) replies.push(...(await bot.send("ana", text)));
  return replies;
}

/** A week (Thu 4 to Wed 10 March 2027, UTC) as a person would live it, and one earlier day. */
async function aWeekOfUse() {
  const bot = testCompanion({ now: "2027-02-01T09:00:00Z" });
  await at(bot, "2027-02-01T09:00:00Z", "/habit add walk", "/habit add water");
  await at(bot, "2027-02-20T19:00:00Z", "win: an old win, before the period");
  await at(bot, "2027-02-25T20:00:00Z", "/mood 4");
  await at(bot, "2027-03-01T10:00:00Z", "/goal add call the GP; find the number; write down my questions");
  await at(bot, "2027-03-04T20:00:00Z", "/mood 4", "done walk", "Deadline panic all afternoon #work");
  await at(bot, "2027-03-05T09:00:00Z", "/mood 6", "/goal tick 1.1");
  await at(bot, "2027-03-05T18:00:00Z", "/mood 8", "walked ✅", "small win called my sister");
  await at(bot, "2027-03-07T21:00:00Z", "/mood 3", "done water", "Couldn't stop thinking about the meeting #work\nWoke at 3 again.");
  await at(bot, "2027-03-07T21:05:00Z", "/journal star 2", "/tosession ask about the 3 a.m. waking");
  await at(bot, "2027-03-08T19:00:00Z", "/mood 7", "/done walk");
  await at(bot, "2027-03-09T19:00:00Z", "/mood 5", "proud of myself for going to the shop", "Long meeting again #work");
  await at(bot, "2027-03-10T18:00:00Z", "/mood 6", "walk done");
  return bot;
}

describe("/summary", () => {
  it("puts the week together with the figures a person can check", async () => {
    const bot = await aWeekOfUse();
    const [summary, ...rest] = await at(bot, "2027-03-10T20:00:00Z", "/summary");
    expect(rest).toEqual([]);
    const text = summary!.text;
    expect(text).toMatch(/^Between sessions: 4–10 March 2027 \(7 days\)\n/);
    // 4, 6, 8, 3, 7, 5, 6: 39 / 7 = 5.57
    expect(text).toContain("Mood: average 5.6 from 7 moods on 6 of 7 days; range 3 to 8 (lowest Sun 7 Mar, highest Fri 5 Mar).");
    expect(text).toContain("Habits:\n• walk: 4 of the last 7 days\n• water: 1 of the last 7 days");
    expect(text).toContain("Goals:\n• 1. call the GP (1 of 2 steps)");
    expect(text).toContain("Wins (2):\n• Fri 5 Mar: called my sister\n• Tue 9 Mar: going to the shop");
    expect(text).not.toContain("an old win");
    expect(text).toContain("For your session:\n• Note: ask about the 3 a.m. waking\n• ★ Entry 2 (Sun 7 Mar): Couldn't stop thinking about the meeting #work Woke at 3 again.");
    expect(text).toContain("Tags: #work ×3");
    // Day moods in the last 28 days: walk days 4, 7, 7, 6 (avg 6.0); others 4 (25 Feb), 3, 5 (avg 4.0).
    expect(text).toContain("Patterns (last 28 days):");
    expect(text).toContain("• On days you tagged #work, your mood averaged 4.0; on other days 6.0 (3 and 4 days).");
    expect(text).toContain("• On days you walked, your mood averaged 6.0; on other days 4.0 (4 and 3 days).");
    expect(text).toContain("These show what went together, not what caused what.");
    expect(text).not.toMatch(/streak|failed|should/i);
  });

  it("sends the chart as a PNG image and the whole summary as a Markdown file", async () => {
    const bot = await aWeekOfUse();
    const [summary] = await at(bot, "2027-03-10T20:00:00Z", "/summary");
    const { image, file } = summary!;
    expect(image).toMatchObject({ name: "mood-2027-03-10.png", mimeType: "image/png" });
    expect([...image!.bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(image!.bytes.length).toBeGreaterThan(5_000);
    expect(image!.alt).toBe("Mood, 4–10 March 2027: average 5.6, range 3 to 8. Habits beneath: walk 4 of the last 7 days; water 1 of the last 7 days.");
    expect(file).toMatchObject({ name: "between-summary-2027-03-10.md", mimeType: "text/markdown" });
    const markdown = new TextDecoder().decode(file!.bytes);
    expect(markdown).toMatch(/^# Between sessions: 4–10 March 2027 \(7 days\)\n/);
    expect(markdown).toContain("Not a clinical assessment.");
    expect(markdown).toContain("Mood (1 = very low, 10 = very good): average 5.6 from 7 moods on 6 of 7 days; range 3 to 8");
    expect(markdown).toContain("| Fri 5 Mar | 6, 8 | – | walk |");
    expect(markdown).toContain("| Sat 6 Mar | – | – | – |");
    expect(markdown).toContain("| Sun 7 Mar | 3 | – | water |");
    expect(markdown).toContain("**★ Journal entry 2, Sun 7 Mar 21:00**\n\n> Couldn't stop thinking about the meeting #work\n> Woke at 3 again.");
    expect(markdown).toContain("- walk: 4 of the last 7 days");
    expect(markdown).toContain("- Goal 1: call the GP (1 of 2 steps)\n    - ✓ 1.1 find the number\n    - ○ 1.2 write down my questions");
  });

  it("covers the days asked for, and by default the time since the last summary", async () => {
    const bot = await aWeekOfUse();
    await at(bot, "2027-03-10T20:00:00Z", "/summary");
    expect(textOf(await at(bot, "2027-03-10T21:00:00Z", "/summary 3"))).toMatch(/^Between sessions: 8–10 March 2027 \(3 days\)/);
    await at(bot, "2027-03-12T09:00:00Z", "/mood 9");
    // The last summary was two days ago: from then to now.
    const since = textOf(await at(bot, "2027-03-13T09:00:00Z", "/summary"));
    expect(since).toMatch(/^Between sessions: 10–13 March 2027 \(4 days\)/);
    expect(since).toContain("Mood: 9.0 from 1 mood on 1 of 4 days.");
    expect(since).toContain("Wins: none logged this time, and that's okay.");
    expect(textOf(await at(bot, "2027-03-13T09:05:00Z", "/summary 400"))).toMatch(/\(90 days\)[\s\S]*I cover up to 90 days at a time/);
    for (const bad of ["/summary last month", "/summary 0", "/summary -3"]) expect((await bot.send("ana", bad))[0]!.kind, bad).toBe("error");
  });

  it("says plainly when there is nothing yet, and still sends the chart and file", async () => {
    const bot = testCompanion({ now: "2027-03-10T12:00:00Z" });
    const [summary] = await bot.send("ana", "/summary");
    expect(summary!.text).toContain("Mood: none noted in this period.");
    expect(summary!.text).toContain("No clear patterns yet.");
    expect(summary!.image?.mimeType).toBe("image/png");
    expect(summary!.file?.mimeType).toBe("text/markdown");
  });

  it("goes out as text and a file when no chart renderer is configured, or the chart fails", async () => {
    const bot = await aWeekOfUse();
    bot.deps.charts = { renderMoodChart: () => Promise.reject(new Error("no fonts")) };
    const [summary] = await at(bot, "2027-03-10T20:00:00Z", "/summary");
    expect(summary!.image).toBeUndefined();
    expect(summary!.file).toBeDefined();
    expect(bot.logger.lines.find((l) => l.fields.event === "summary-chart")).toMatchObject({ level: "error", fields: { error: "Error" } });
    delete bot.deps.charts;
    expect((await bot.send("ana", "/summary"))[0]!.image).toBeUndefined();
  });

  it("never writes the person's words into the logs", async () => {
    const bot = await aWeekOfUse();
    await at(bot, "2027-03-10T20:00:00Z", "/summary", "/patterns", "/journal search meeting");
    const logged = JSON.stringify(bot.logger.lines);
    for (const words of ["meeting", "sister", "GP", "3 a.m."]) expect(logged).not.toContain(words);
  });
});

describe("/patterns", () => {
  it("states patterns plainly, and says why there are none when data is thin", async () => {
    const bot = await aWeekOfUse();
    const patterns = textOf(await at(bot, "2027-03-10T20:00:00Z", "/patterns"));
    expect(patterns).toMatch(/^Over the last 28 days:\n• On days you tagged #work, your mood averaged 4\.0; on other days 6\.0/);
    const fresh = testCompanion();
    expect(textOf(await fresh.send("ana", "/patterns"))).toMatch(/No clear patterns yet\. I only mention one when there are at least 3 days/);
    expect((await fresh.send("ana", "/patterns 3"))[0]!.kind).toBe("error");
  });

  it("needs 3 days each side and half a point, counts a habit only from when it existed, and reads sleep", () => {
    const day = (date: string, mood: number | null, habits: number[] = [], tags: string[] = [], sleep: number | null = null): PatternDay => ({
      date, mood, habitIds: new Set(habits), tags: new Set(tags), sleep,
    });
    const days = [
      day("2027-03-01", 3, [], [], 5), day("2027-03-02", 4, [], [], 6), day("2027-03-03", 4, [], [], 5),
      day("2027-03-04", 7, [1], [], 8), day("2027-03-05", 6, [1], [], 7), day("2027-03-06", 8, [1], [], 9),
      day("2027-03-07", 5, [], [], null), day("2027-03-08", null, [1]),
    ];
    const walk = { id: 1, name: "walk", starterKey: "walk", createdAt: new Date(), archivedAt: null, from: "2027-03-04", until: null };
    // From the 4th on the habit has 3 days with and only 1 without: too few to say anything.
    expect(findPatterns(days, [walk]).map(describePattern)).toEqual([
      "On days after you slept 7 hours or more, your mood averaged 7.0; after shorter nights 3.7 (3 and 3 days).",
    ]);
    const older = { ...walk, from: "2027-03-01" };
    expect(findPatterns(days, [older]).map(describePattern)).toContain("On days you walked, your mood averaged 7.0; on other days 4.0 (3 and 4 days).");
    const flat = days.map((d) => ({ ...d, mood: d.mood === null ? null : 5 }));
    expect(findPatterns(flat, [older])).toEqual([]);
  });
});

describe("/summary at its largest", () => {
  it("keeps the chat text to one message (under Telegram's 4,096 characters) and everything in the file", async () => {
    const bot = testCompanion({ now: "2027-03-01T08:00:00Z" });
    for (let i = 1; i <= 12; i++) await bot.send("ana", `/habit add habit number ${i} ${"h".repeat(20)}`);
    for (let i = 1; i <= 10; i++) await bot.send("ana", `/goal add ${"g".repeat(190)} ${i}`);
    for (let i = 1; i <= 20; i++) {
      bot.clock.set(new Date(Date.parse("2027-03-02T08:00:00Z") + i * 3_600_000));
      await bot.send("ana", `win: ${"w".repeat(3_000)} ${i}`);
      await bot.send("ana", `/tosession ${"n".repeat(3_000)} ${i}`);
      await bot.send("ana", `${"j".repeat(3_000)} #tag${i}`);
      await bot.send("ana", `/journal star ${i}`);
    }
    const [summary] = await bot.send("ana", "/summary");
    expect(summary!.text.length).toBeLessThan(4_096);
    expect(summary!.text).toMatch(/…and 13 earlier ones in the file/);
    expect(summary!.text).toMatch(/…and 30 more in the file/);
    const markdown = new TextDecoder().decode(summary!.file!.bytes);
    expect(markdown).toContain(`${"w".repeat(3_000)} 20`);
    expect(markdown).toContain(`${"n".repeat(3_000)} 1`);
  });
});
