import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { A_WEEK_OF_USE } from "./a-week-of-use";
import { chatJson, tempDatabaseUrl } from "./run-companion";

type Line = Record<string, unknown>;

async function runWeek(): Promise<Line[]> {
  const result = await chatJson(A_WEEK_OF_USE, { virtual: true, env: { DATABASE_URL: tempDatabaseUrl(), LOG_LEVEL: "silent" } });
  expect(result.code).toBe(0);
  // Every pressed button was offered first, as a person would have seen it.
  const offered = new Set(result.out.flatMap((l) => ((l.buttons as { id: string }[] | undefined) ?? []).map((b) => b.id)));
  for (const line of A_WEEK_OF_USE) {
    const press = (line as { press?: string }).press;
    if (press) expect(offered, press).toContain(press);
  }
  return result.out;
}

describe("a week through npm run chat -- --json --clock virtual", () => {
  it("ends in a /summary with a PNG chart, wins, habits, patterns and a Markdown file, with the right numbers", async () => {
    const out = await runWeek();
    expect(out.filter((l) => l.kind === "checkin" && String(l.text).includes("How are you feeling"))).toHaveLength(7);
    const summary = out.findLast((l) => typeof l.text === "string" && l.text.startsWith("Between sessions"))!;
    const text = String(summary.text);
    expect(text).toMatch(/^Between sessions: 4–10 March 2027 \(7 days\)/);
    // Moods 4, 7, 6, 3, 7, 5, 8: 40 / 7 = 5.71.
    expect(text).toContain("Mood: average 5.7 from 7 moods on 7 of 7 days; range 3 to 8 (lowest Sun 7 Mar, highest Wed 10 Mar).");
    // Sleep 5, 8, 7, 5, 7, 6, 8: 46 / 7 = 6.57.
    expect(text).toContain("Sleep: about 6.6 hours a night (7 nights noted).");
    expect(text).toContain("• walk: 4 of the last 7 days");
    expect(text).toContain("• water: 1 of the last 7 days");
    expect(text).toContain("• 1. call the GP (1 of 2 steps)");
    expect(text).toContain("Wins (2):");
    expect(text).toContain("called my sister");
    expect(text).toContain("• Note: ask about the 3 a.m. waking");
    expect(text).toContain("★ Entry 2 (Sun 7 Mar): Couldn't stop thinking about the meeting #work");
    // Walk days 7, 6, 7, 8 (avg 7.0); others 4, 3, 5 (avg 4.0). Tagged #work: 4, 3, 5; others 7, 6, 7, 8.
    expect(text).toContain("• On days you walked, your mood averaged 7.0; on other days 4.0 (4 and 3 days).");
    expect(text).toContain("• On days you tagged #work, your mood averaged 4.0; on other days 7.0 (3 and 4 days).");
    // Nights of 7 h or more: 7, 6, 7, 8 (avg 7.0); shorter: 4, 3, 5 (avg 4.0).
    expect(text).toContain("• On days after you slept 7 hours or more, your mood averaged 7.0; after shorter nights 4.0 (4 and 3 days).");
    const image = String(summary.image);
    expect(existsSync(image)).toBe(true);
    expect([...readFileSync(image).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const markdown = readFileSync(String(summary.file), "utf8");
    expect(markdown).toContain("| Sun 7 Mar | 3 | 5 h | – |");
    expect(markdown).toContain("| Wed 10 Mar | 8 | 8 h | walk |");
  }, 180_000);
});
