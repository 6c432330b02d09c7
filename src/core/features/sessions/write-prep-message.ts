import { DateTime } from "luxon";
import type { CoreDeps } from "../../deps";
import type { OmittedKind, User } from "../../model";
import type { Button, Reply } from "../../replies";
import { preview } from "../journal/entry-text";
import { collectSummaryData, periodOf, type SummaryData } from "../summary/collect-summary-data";
import { habitFigures, moodFigures, moodLine, plural, sleepFigures } from "../summary/summary-figures";
import { PRACTICE_SUFFIX } from "./answer-follow-up";
import { dayWord, describeInstant, lastSessionOf } from "./session-schedule";

/** Buttons per row and rows of items per message: within Discord's five rows, with one left for "one more thing". */
const BUTTONS_PER_ROW = 5;
const ITEM_ROWS = 4;
const ITEMS_PER_MESSAGE = BUTTONS_PER_ROW * ITEM_ROWS;
const LINE_LENGTH = 70;
const MAX_PERIOD_MS = 90 * 86_400_000;

/** One-letter kinds keep button ids short: `session.omit:j:123`. */
export const KIND_CODES: Record<string, OmittedKind> = { j: "journal", n: "note", w: "win" };
export const CODE_OF: Record<OmittedKind, string> = { journal: "j", note: "n", win: "w" };

interface PrepItem {
  kind: OmittedKind;
  id: number;
  line: string;
}

function itemsOf(data: SummaryData): PrepItem[] {
  const zone = data.user.timeZone;
  const day = (at: Date) => DateTime.fromJSDate(at, { zone }).toFormat("ccc");
  return [
    ...data.starred.map((e) => ({ kind: "journal" as const, id: e.id, line: `★ Entry ${e.number} (${day(e.createdAt)}): ${preview(e.text, LINE_LENGTH)}` })),
    ...data.notes.map((n) => ({ kind: "note" as const, id: n.id, line: `Note (${day(n.createdAt)}): ${preview(n.text, LINE_LENGTH)}` })),
    ...data.wins.map((w) => ({ kind: "win" as const, id: w.id, line: `Win (${day(w.createdAt)}): ${preview(w.text, LINE_LENGTH)}` })),
  ];
}

/** "From your session on Tue 4 May you chose to practise: ... Done ✓" */
async function howItWent(deps: CoreDeps, user: User, before: Date): Promise<string | null> {
  const practice = await deps.repos.appointments.latestPractice(user.id, before);
  if (!practice) return null;
  const goal = await deps.repos.goals.find(user.id, practice.goalNumber);
  // A goal removed since (or its number reused) is not shown as if it were the practice.
  if (!goal || goal.id !== practice.goalId) return null;
  const when = DateTime.fromJSDate(practice.sessionAt, { zone: user.timeZone }).toFormat("ccc d LLL");
  const status = goal.doneAt ? "Done ✓" : `Still open, and that's okay (goal ${goal.number}; /goal done ${goal.number} marks it).`;
  const text = goal.text.replace(PRACTICE_SUFFIX, "");
  return `What you took from your session on ${when}: ${preview(text, 120)}. ${status}`;
}

function weekLines(data: SummaryData, since: Date | null): string[] {
  const zone = data.user.timeZone;
  const lines = [since ? `Since your last session (${describeInstant(since, zone)}):` : `The last ${data.period.dates.length} days:`];
  const mood = moodFigures(data);
  lines.push(mood ? `• Mood: ${moodLine(mood, data.period.dates.length)}.` : "• Mood: none noted, and that's okay.");
  const sleep = sleepFigures(data);
  if (sleep) lines.push(`• Sleep: about ${sleep.average.toFixed(1)} hours a night.`);
  for (const habit of habitFigures(data)) lines.push(`• ${habit.name}: ${habit.text}`);
  lines.push(`• Wins: ${data.wins.length ? plural(data.wins.length, "win") : "none logged, and rest counts too"}.`);
  return lines;
}

function omitButtons(items: readonly PrepItem[], firstNumber: number): Button[][] {
  const buttons = items.map((item, i) => ({ id: `session.omit:${CODE_OF[item.kind]}:${item.id}`, label: `Leave out ${firstNumber + i}` }));
  const rows: Button[][] = [];
  for (let i = 0; i < buttons.length; i += BUTTONS_PER_ROW) rows.push(buttons.slice(i, i + BUTTONS_PER_ROW));
  return rows;
}

/** The data a prep message (and a summary since the last session) covers. */
export async function collectSinceLastSession(deps: CoreDeps, user: User, at: Date): Promise<{ data: SummaryData; since: Date | null }> {
  const last = lastSessionOf(await deps.repos.appointments.list(user.id), at);
  const since = last && at.getTime() - last.getTime() <= MAX_PERIOD_MS ? last : null;
  const period = since ? periodOf(user, at, { since }) : periodOf(user, at, { days: 7 });
  return { data: await collectSummaryData(deps, user, period), since };
}

/**
 * The day-before message: when the session is, the week since the last one, what was practised, and
 * everything marked for the session, each with a tap to leave it out, and one to add one more thing.
 */
export async function writePrepMessage(deps: CoreDeps, user: User, sessionAt: Date, at: Date): Promise<Reply[]> {
  const zone = user.timeZone;
  const { data, since } = await collectSinceLastSession(deps, user, at);
  const time = DateTime.fromJSDate(sessionAt, { zone }).toFormat("HH:mm");
  const lines = [`Your session is ${dayWord(sessionAt, at, zone)} at ${time}. Here is your week:`, "", ...weekLines(data, since)];
  const practice = await howItWent(deps, user, at);
  if (practice) lines.push("", practice);
  const items = itemsOf(data);
  const more: Button[] = [{ id: "session.more", label: "➕ One more thing to bring up" }];
  const leftOut = data.leftOut ? `(${plural(data.leftOut, "item")} you left out earlier stay${data.leftOut === 1 ? "s" : ""} out.)` : "";
  if (items.length === 0) {
    lines.push("", "Nothing starred or noted for the session yet. Is there anything you'd like to bring up?");
    if (leftOut) lines.push(leftOut);
    return [{ kind: "reply", text: lines.join("\n"), buttons: [more] }];
  }
  lines.push("", "To bring up (you decide what goes; tap to leave anything out):");
  const out: Reply[] = [];
  for (let start = 0; start < items.length; start += ITEMS_PER_MESSAGE) {
    const chunk = items.slice(start, start + ITEMS_PER_MESSAGE);
    const text = [...(start === 0 ? lines : ["More to bring up:"]), ...chunk.map((item, i) => `${start + i + 1}. ${item.line}`)];
    const last = start + ITEMS_PER_MESSAGE >= items.length;
    if (last && leftOut) text.push(leftOut);
    out.push({ kind: "reply", text: text.join("\n"), buttons: [...omitButtons(chunk, start + 1), ...(last ? [more] : [])] });
  }
  return out;
}
