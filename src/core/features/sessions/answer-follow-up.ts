import { DateTime } from "luxon";
import { kindError, reply, type HandlerContext } from "../../context";
import type { CoreDeps } from "../../deps";
import type { Appointment, User } from "../../model";
import type { FlowHandler } from "../../router";
import type { Reply } from "../../replies";
import { isTooLong } from "../../text/clean-input";
import { GOAL_MAX_LENGTH, MAX_OPEN_GOALS } from "../goals/goal-text";
import { TOO_LONG, writeJournalEntry } from "../journal/write-journal-entry";
import { logMood, matchMoodMessage } from "../moods/log-mood";
import { backfillYesterday, matchBackfill } from "../rhythm/backfill-yesterday";
import { logWin, matchWin } from "../wins/log-win";

export const PRACTICE_FLOW = "session-practice";
/** The date a practice goal carries, at the end of its text. */
export const PRACTICE_SUFFIX = / \(from my session on [^)]*\)$/;
/** A reply this long after the question is ordinary writing again, not the answer. */
const ANSWER_WINDOW_MS = 12 * 60 * 60_000;

export const FOLLOW_UP_QUESTION =
  "How did it go? Is there one thing to practise this week? Just reply with it, and I'll keep it as a small goal. Or nothing at all, that's fine too.";

/** The buttons under the question; ids carry the appointment's number, never text. */
export function followUpButtons(appointment: Appointment) {
  return [
    [{ id: `session.practice:${appointment.number}`, label: "✍️ One thing to practise" }],
    [{ id: "session.nopractice", label: "Nothing this week" }],
  ];
}

/** After the session: the question, and (when the person is not mid-way through something else) a reply becomes the answer. */
export async function askHowItWent(deps: CoreDeps, user: User, appointment: Appointment, sessionAt: Date, at: Date): Promise<Reply> {
  const current = await deps.repos.conversations.get(user.id);
  if (!current) {
    await deps.repos.conversations.set(user.id, { flow: PRACTICE_FLOW, step: "answer", data: { sessionAt: sessionAt.toISOString(), askedAt: at.toISOString() } });
  }
  return { kind: "prompt", text: FOLLOW_UP_QUESTION, buttons: followUpButtons(appointment) };
}

/** `session.practice:<n>`: asks for the one thing, for the session that just was. */
export async function startPractice(ctx: HandlerContext, numberText: string): Promise<Reply[]> {
  const appointment = /^\d{1,6}$/.test(numberText) ? await ctx.deps.repos.appointments.find(ctx.user.id, Number(numberText)) : null;
  const sessionAt = appointment?.followUpFor ?? appointment?.lastStartsAt;
  if (!sessionAt) return [kindError("That question has passed. /goal add <goal> keeps something to practise any time.")];
  await ctx.deps.repos.conversations.set(ctx.user.id, { flow: PRACTICE_FLOW, step: "answer", data: { sessionAt: sessionAt.toISOString(), askedAt: ctx.now.toISOString() } });
  return [reply("What's the one thing you'd like to practise this week? A few words are enough.", { kind: "prompt" })];
}

/** The answer becomes a small goal that carries the session's date, linked so the next prep can show it. */
export const continuePractice: FlowHandler = async (ctx, text) => {
  const state = await ctx.deps.repos.conversations.get(ctx.user.id);
  await ctx.deps.repos.conversations.clear(ctx.user.id);
  const sessionAt = new Date(String(state?.data.sessionAt ?? ""));
  const askedAt = new Date(String(state?.data.askedAt ?? ""));
  // Much later, or unreadable: the words are ordinary writing, kept in the journal as always.
  if (Number.isNaN(sessionAt.getTime()) || !(ctx.now.getTime() - askedAt.getTime() <= ANSWER_WINDOW_MS)) return writeJournalEntry(ctx, text);
  // A mood, a win or yesterday's backfill is what it looks like, not the thing to practise (the question stays open).
  const mood = matchMoodMessage(text);
  const win = matchWin(text);
  const backfill = matchBackfill(text);
  if (mood !== null || win !== null || backfill !== null) {
    await ctx.deps.repos.conversations.set(ctx.user.id, { flow: PRACTICE_FLOW, step: "answer", data: state!.data });
    if (mood !== null) return logMood(ctx, mood);
    if (win !== null) return logWin(ctx, win);
    return backfillYesterday(ctx, backfill!);
  }
  if (isTooLong(text)) return [kindError(TOO_LONG)];
  const day = DateTime.fromJSDate(sessionAt, { zone: ctx.user.timeZone }).toFormat("ccc d LLL");
  const suffix = ` (from my session on ${day})`;
  const open = await ctx.deps.repos.goals.list(ctx.user.id, {});
  // Long words, or no room for another goal: nothing is lost, it goes to the journal instead.
  if (text.length + suffix.length > GOAL_MAX_LENGTH || open.length >= MAX_OPEN_GOALS) {
    const why = open.length >= MAX_OPEN_GOALS ? `You have ${MAX_OPEN_GOALS} open goals already, so` : "That's a lot for a small goal, so";
    return [reply(`${why} I've kept it in your journal instead.`), ...(await writeJournalEntry(ctx, text))];
  }
  const { value: goal } = await ctx.deps.repos.goals.add(ctx.user.id, {
    text: `${text}${suffix}`,
    steps: [],
    at: ctx.now,
    ...(ctx.event.eventId ? { sourceEventId: ctx.event.eventId } : {}),
  });
  await ctx.deps.repos.appointments.addPractice(ctx.user.id, { sessionAt, goalId: goal.id, goalNumber: goal.number });
  return [
    reply(`Kept as goal ${goal.number}: ${goal.text}. Before your next session I'll show how it went. /goal done ${goal.number} when you've practised it.`, {
      buttons: [[{ id: `session.tojournal:${goal.number}`, label: "That was for my journal" }]],
    }),
  ];
};

/** `session.tojournal:<n>`: the answer was not meant as a goal; it moves to the journal, whole. */
export async function moveToJournal(ctx: HandlerContext, numberText: string): Promise<Reply[]> {
  const goal = /^\d{1,6}$/.test(numberText) ? await ctx.deps.repos.goals.find(ctx.user.id, Number(numberText)) : null;
  const text = goal?.text.replace(PRACTICE_SUFFIX, "");
  if (!goal || !text) return [kindError("That goal isn't there any more. /goals shows yours.")];
  // Keyed by the goal, so a second tap never writes the entry twice.
  const saved = await writeJournalEntry(ctx, text, null, `session-goal-${goal.id}`);
  await ctx.deps.repos.goals.remove(ctx.user.id, goal.number);
  return [reply(`Moved it from your goals to your journal.`), ...saved];
}
