// A week of use for /summary, as JSON Lines for `npm run chat -- --json --clock virtual`.
// Reproduce the summary by hand:
//   npx tsx tests/e2e/a-week-of-use.ts > /tmp/week.jsonl
//   DATABASE_URL=file:/tmp/week.db npm run --silent chat -- --json --clock virtual < /tmp/week.jsonl | tail -2
// The last reply carries "image" (the PNG chart) and "file" (the Markdown), saved under data/console-files/.
import { fileURLToPath } from "node:url";

/**
 * A week of use as typed, one day per block; the clock moves with {"at"} lines. Button ids are
 * known ahead: in a fresh database the check-ins are 1 to 7 and the habits 1 (walk) and 2 (water).
 */
export const A_WEEK_OF_USE: object[] = [
  { at: "2027-03-03T09:00:00Z" },
  { user: "ana", text: "/timezone Europe/London" },
  { user: "ana", text: "/checkin 09:00" },
  { user: "ana", text: "/checkin steps sleep habits journal" },
  { user: "ana", text: "/habit add walk" },
  { user: "ana", text: "/habit add water" },
  { user: "ana", text: "/goal add call the GP; find the number; write down my questions" },
  ...[
    { day: "04", mood: 4, sleep: 5, walk: false, lines: ["Deadline panic all afternoon #work"] },
    { day: "05", mood: 7, sleep: 8, walk: true, lines: ["small win called my sister", "/goal tick 1.1"] },
    { day: "06", mood: 6, sleep: 7, walk: true, lines: ["done water"] },
    { day: "07", mood: 3, sleep: 5, walk: false, lines: ["Couldn't stop thinking about the meeting #work", "/journal star 2"] },
    { day: "08", mood: 7, sleep: 7, walk: true, lines: ["proud of myself for going to the shop"] },
    { day: "09", mood: 5, sleep: 6, walk: false, lines: ["Long meeting again #work", "/tosession ask about the 3 a.m. waking"] },
    { day: "10", mood: 8, sleep: 8, walk: true, lines: ["walked ✅"] },
  ].flatMap(({ day, mood, sleep, walk, lines }, index) => [
    { at: `2027-03-${day}T09:00:00Z` },
    { user: "ana", press: `checkin.mood:${index + 1}:${mood}` },
    { user: "ana", press: `checkin.sleep:${index + 1}:${sleep}` },
    ...(walk ? [{ user: "ana", press: `checkin.habit:${index + 1}:1` }] : []),
    { user: "ana", press: `checkin.next:${index + 1}:habits` },
    { user: "ana", press: `checkin.done:${index + 1}` },
    { at: `2027-03-${day}T19:00:00Z` },
    ...lines.map((text) => ({ user: "ana", text })),
  ]),
  { at: "2027-03-10T20:00:00Z" },
  { user: "ana", text: "/summary" },
];


if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const line of A_WEEK_OF_USE) console.log(JSON.stringify(line));
}
