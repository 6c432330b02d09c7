import { DateTime } from "luxon";
import { kindError, reply, type HandlerContext } from "../../context";
import type { CheckIn } from "../../model";
import type { FlowHandler } from "../../router";
import type { Reply } from "../../replies";
import { habitQuestion, toggleCheckInHabit } from "../habits/habit-check-in-step";
import { writeJournalEntry } from "../journal/write-journal-entry";
import { journalQuestion, sleepQuestion } from "./check-in-messages";
import { localDateOf } from "./local-date";
import { afterQuietHours } from "./quiet-hours";
import { REFLECTION_PROMPTS } from "./reflection-prompts";

export const CHECK_IN_FLOW = "checkin";
const SNOOZE_MS = 60 * 60_000;

const EXPIRED = "That check-in isn't available any more. Your next one will come at its usual time.";

/** The steps after mood, in order (sleep, habits, journal); each can be switched off with /checkin steps. */
async function stepAfter(ctx: HandlerContext, checkIn: CheckIn, done: "mood" | "sleep" | "habits"): Promise<Reply[]> {
  if (done === "mood" && ctx.user.checkInSteps.includes("sleep")) return [sleepQuestion(checkIn.id)];
  if (done !== "habits" && ctx.user.checkInSteps.includes("habits")) {
    // Shown only to someone with habits; otherwise the step is simply passed.
    const question = await habitQuestion(ctx, checkIn);
    if (question) return [question];
  }
  if (!ctx.user.checkInSteps.includes("journal")) return finish(ctx);
  await ctx.deps.repos.conversations.set(ctx.user.id, { flow: CHECK_IN_FLOW, step: "journal", data: { checkInId: checkIn.id } });
  const prompt = REFLECTION_PROMPTS.find((p) => p.id === checkIn.promptId)?.text ?? null;
  return [journalQuestion(checkIn.id, prompt)];
}

async function finish(ctx: HandlerContext, prefix = ""): Promise<Reply[]> {
  await ctx.deps.repos.conversations.clear(ctx.user.id);
  return [reply(`${prefix}Thank you for checking in.`)];
}

/** `checkin.<verb>:<checkInId>[:<value>]` buttons: mood, sleep, habit, later, skip, next, done. */
export async function pressCheckIn(ctx: HandlerContext, action: string): Promise<Reply[]> {
  const [verb, idText, value] = action.split(":");
  // Scoped to the person: an id from someone else's check-in finds nothing.
  const checkIn = await ctx.deps.repos.checkIns.find(ctx.user.id, Number(idText));
  if (!checkIn) return [kindError(EXPIRED)];
  const { checkIns } = ctx.deps.repos;
  switch (verb) {
    case "mood": {
      const mood = Number(value);
      if (!Number.isInteger(mood) || mood < 1 || mood > 10) return [kindError(EXPIRED)];
      if (checkIn.mood !== null) return [reply(`You already answered this check-in (mood ${checkIn.mood}). Your next one comes at its usual time.`)];
      const answered = await checkIns.update(ctx.user.id, checkIn.id, { mood, answeredAt: ctx.now });
      // One mood history: check-in answers and /mood side by side (kept once per check-in).
      await ctx.deps.repos.moods.add(ctx.user.id, { value: mood, at: ctx.now, checkInId: checkIn.id });
      return stepAfter(ctx, answered!, "mood");
    }
    case "sleep": {
      const hours = Number(value);
      if (!Number.isFinite(hours) || hours < 0 || hours > 24) return [kindError(EXPIRED)];
      await checkIns.update(ctx.user.id, checkIn.id, { sleepHours: hours });
      return stepAfter(ctx, checkIn, "sleep");
    }
    case "habit": {
      const question = await toggleCheckInHabit(ctx, checkIn, Number(value));
      return question ? [question] : [kindError("That habit isn't on your list any more. /habits shows your habits.")];
    }
    case "next":
      return stepAfter(ctx, checkIn, value === "habits" ? "habits" : "sleep");
    case "done":
      return finish(ctx);
    case "later": {
      if (checkIn.mood !== null) return [reply("You've already answered this one. Thank you.")];
      const at = afterQuietHours(new Date(ctx.now.getTime() + SNOOZE_MS), ctx.user);
      await checkIns.update(ctx.user.id, checkIn.id, { status: "pending", dueAt: at, nextAttemptAt: at });
      const local = DateTime.fromJSDate(at, { zone: ctx.user.timeZone }).toFormat("HH:mm");
      return [reply(`Of course. I'll ask again at ${local}.`)];
    }
    case "skip":
      // A stale "Skip" under an answered check-in must not turn the answer into a skip.
      if (checkIn.mood !== null) return [reply("You've already answered this one. Thank you.")];
      return skipToday(ctx, checkIn);
    default:
      return [kindError(EXPIRED)];
  }
}

/** "Skip today": this check-in and any others today are skipped, with no catching up later. */
export async function skipToday(ctx: HandlerContext, checkIn?: CheckIn): Promise<Reply[]> {
  if (checkIn) await ctx.deps.repos.checkIns.update(ctx.user.id, checkIn.id, { status: "skipped" });
  await ctx.deps.repos.users.update(ctx.user.id, { skipDate: localDateOf(ctx.now, ctx.user.timeZone) });
  await ctx.deps.repos.conversations.clear(ctx.user.id);
  return [reply("Skipping today's check-ins. Rest is part of it too; see you tomorrow. /safety is here any time.")];
}

/** Text at the journal step becomes an entry linked to this check-in. */
export const continueCheckIn: FlowHandler = async (ctx, text) => {
  const state = await ctx.deps.repos.conversations.get(ctx.user.id);
  const checkInId = Number(state?.data.checkInId);
  await ctx.deps.repos.conversations.clear(ctx.user.id);
  const checkIn = Number.isInteger(checkInId) ? await ctx.deps.repos.checkIns.find(ctx.user.id, checkInId) : null;
  return writeJournalEntry(ctx, text, checkIn?.id ?? null);
};
