import { createCommandTable } from "./command-list";
import { kindError, reply, type HandlerContext } from "./context";
import type { CoreDeps } from "./deps";
import type { IncomingEvent, UserEvent, UserRef } from "./events";
import { answerSafety, answerSafetyFromMemory } from "./features/safety/answer-safety";
import { withDeadline } from "./deadline";
import { screenCrisisLanguage, type CrisisScreen } from "./features/safety/detect-crisis-language";
import { mentionWhenUnsure } from "./features/safety/mention-when-unsure";
import { isSafetyRequest, safetyRequestLanguage } from "./features/safety/is-safety-request";
import { safetyWording } from "./features/safety/wording/safety-wording";
import { continuePlanBuilder, PLAN_FLOW } from "./features/safety/build-plan";
import { pressPlan } from "./features/safety/edit-plan";
import { answersWithoutStorage, pressSafety, pressSafetyWithoutStorage } from "./features/safety/press-safety";
import { CHECK_IN_FLOW, continueCheckIn, pressCheckIn, skipToday } from "./features/check-ins/answer-check-in";
import { collectDueCheckIns } from "./features/check-ins/collect-due-check-ins";
import { recordDelivery } from "./features/check-ins/record-delivery";
import { recordUnreachable } from "./features/delivery/record-unreachable";
import { pressGoal } from "./features/goals/goal-command";
import { pressHabit } from "./features/habits/habit-command";
import { matchHabitTick, tickHabit } from "./features/habits/tick-habit";
import { askToKeep, isAmbiguous, JOURNAL_ASK_FLOW } from "./features/journal/ask-to-keep";
import { pressJournal } from "./features/journal/journal-command";
import { writeJournalEntry } from "./features/journal/write-journal-entry";
import { logMood, matchMoodMessage, pressMood } from "./features/moods/log-mood";
import { collectWeeklyMessages } from "./features/summary/collect-weekly-messages";
import { answerSetting } from "./features/settings/answer-setting";
import { SETTING_FLOW } from "./features/settings/ask-setting";
import { continueOnboarding, ONBOARDING_FLOW, skipOnboardingStep } from "./features/start/start-onboarding";
import { logWin, matchWin } from "./features/wins/log-win";
import type { DeliveryOutcome, DeliveryReceipt, Outgoing, Reply } from "./replies";
import type { CommandTable, FlowHandler, PressHandler, TextRule } from "./router";
import { cleanInput } from "./text/clean-input";
import { cancelPendingDelete, DELETE_FLOW, pressPrivacy } from "./features/privacy/delete-data";
import { applyRetention } from "./features/privacy/retention";
import { continuePractice, PRACTICE_FLOW } from "./features/sessions/answer-follow-up";
import { collectSessionRhythm } from "./features/sessions/collect-session-rhythm";
import { continueSessionNote, pressSession, SESSION_MORE_FLOW } from "./features/sessions/press-session";
import { pressRhythm } from "./features/rhythm/ask-to-pause";
import { backfillYesterday, matchBackfill } from "./features/rhythm/backfill-yesterday";

const FLOWS: Record<string, FlowHandler> = {
  [ONBOARDING_FLOW]: continueOnboarding,
  [SETTING_FLOW]: answerSetting,
  [PLAN_FLOW]: continuePlanBuilder,
  [CHECK_IN_FLOW]: continueCheckIn,
  [PRACTICE_FLOW]: continuePractice,
  [SESSION_MORE_FLOW]: continueSessionNote,
};

const PRESSES: Record<string, PressHandler> = {
  safety: pressSafety,
  plan: pressPlan,
  checkin: pressCheckIn,
  onboarding: (ctx) => skipOnboardingStep(ctx),
  journal: pressJournal,
  habit: pressHabit,
  goal: pressGoal,
  mood: pressMood,
  privacy: pressPrivacy,
  session: pressSession,
  rhythm: pressRhythm,
};

// Tried in order after the crisis screen; anything unmatched is journal writing.
const TEXT_RULES: readonly TextRule[] = [
  { name: "backfill", match: matchBackfill, handle: backfillYesterday },
  { name: "win", match: matchWin, handle: logWin },
  { name: "habit-tick", match: matchHabitTick, handle: (ctx, words) => tickHabit(ctx, words, "message") },
  { name: "mood", match: matchMoodMessage, handle: logMood },
  { name: "skip-today", match: (text) => (/^(skip|no check-?ins?) today[.!]?$/i.test(text) ? "" : null), handle: (ctx) => skipToday(ctx) },
];

const SOMETHING_WENT_WRONG =
  "Sorry, something went wrong on my side and I couldn't finish that. Please try again in a moment. If you need support right now, type /safety.";

export interface Core {
  readonly commands: CommandTable;
  /** The one way in: an event from an adapter or the scheduler, the replies to send. */
  handleEvent(event: IncomingEvent): Promise<Outgoing[]>;
  /** Adapters report what happened to a scheduled message (one that carried a receipt). */
  recordDelivery(receipt: DeliveryReceipt, outcome: DeliveryOutcome): Promise<void>;
  /** Adapters report a reply the platform refused for good (blocked bot): the person is marked inactive. */
  recordUnreachable(user: UserRef): Promise<void>;
  /**
   * Resolves once storing that outlived its replies (a crisis message answered while storage hung)
   * has finished, one way or the other. Adapters wait for it before confirming an update to the
   * platform, and shutdown before closing the database, so that such a message is not lost.
   */
  settled(): Promise<void>;
}

export function createCore(deps: CoreDeps): Core {
  const commands = createCommandTable();
  const late = new Set<Promise<unknown>>();

  async function handleText(ctx: HandlerContext, raw: string, screen: CrisisScreen): Promise<Reply[]> {
    const text = cleanInput(raw);
    if (!text) return [kindError("I didn't catch any words there. Write anything you like, or /commands to see what I can do.")];
    // Crisis language was screened before anything else; the message is still handled as usual.
    const { match: crisis, unsure } = screen;
    // While building the plan, warning signs and means are expected words: the answer is worded for that.
    const inPlan = (crisis !== null || unsure) && (await isBuildingPlan(ctx));
    const safety = crisis ? [await answerSafety(deps, ctx.event.user, inPlan ? "crisis-in-plan" : "crisis-language", { language: crisis.language })] : [];
    // An unsure screen gets no mention in the builder: the plan is already on screen.
    const mention = unsure && !inPlan;
    const handled = await handleOrdinaryText(ctx, text);
    // After a safety response a cheerful reply would jar: a celebration becomes a plain "kept".
    if (crisis) return [...safety, ...handled.map((r) => (r.kind === "celebration" ? reply("I've kept what you wrote, too.") : r))];
    const gentle = mention ? await mentionWhenUnsure(deps, ctx.user, ctx.now, screen.language) : null;
    return gentle ? [...handled, gentle] : handled;
  }

  /** Whether the guided plan builder is in progress; a failed read counts as no, so the safety response still goes out. */
  async function isBuildingPlan(ctx: HandlerContext): Promise<boolean> {
    try {
      return (await deps.repos.conversations.get(ctx.user.id))?.flow === PLAN_FLOW;
    } catch {
      return false;
    }
  }

  async function handleOrdinaryText(ctx: HandlerContext, text: string): Promise<Reply[]> {
    const state = await deps.repos.conversations.get(ctx.user.id);
    // "Keep that in your journal?" is asked once: writing something new instead lets it go.
    if (state?.flow === JOURNAL_ASK_FLOW) await deps.repos.conversations.clear(ctx.user.id);
    // Writing anything cancels a pending /delete; what was written is then handled as usual.
    const cancelled = state?.flow === DELETE_FLOW ? await cancelPendingDelete(ctx) : [];
    if (cancelled.length) return [...cancelled, ...(await handleOrdinaryText(ctx, text))];
    const flow = state ? FLOWS[state.flow] : undefined;
    if (flow) return flow(ctx, text);
    for (const rule of TEXT_RULES) {
      const matched = rule.match(text);
      if (matched !== null) return rule.handle(ctx, matched);
    }
    // A greeting or a question to me may not be meant for the journal: ask rather than keep it.
    if (isAmbiguous(text)) return askToKeep(ctx, text, "I'm here. Should I keep that in your journal? (/commands shows what else I can do.)");
    // Anything else is kept: plain writing is what a journal is for.
    return writeJournalEntry(ctx, text);
  }

  async function route(event: UserEvent, screen: CrisisScreen): Promise<Reply[]> {
    const chat = event.chat ?? "private";
    // Like /safety itself (handleEvent), the safety response's own buttons come before loading the
    // user: "I'm not safe" above all.
    if (event.kind === "press" && answersWithoutStorage(event.actionId)) return pressSafetyWithoutStorage(deps, event.user, event.actionId, chat);
    if (chat === "group") {
      // Personal features live in private chats; plain group messages are not read at all.
      return event.kind === "text" ? [] : [reply("I keep things private, so let's talk in a direct message. In here I only answer /safety.")];
    }
    let user = await deps.repos.users.findOrCreate(event.user);
    // Someone who writes again can be reached again (they may have unblocked the bot).
    if (user.inactive) user = await deps.repos.users.update(user.id, { inactive: false });
    const ctx: HandlerContext = { deps, user, event, now: deps.clock.now() };
    switch (event.kind) {
      case "command": {
        const command = commands.find(event.name);
        if (!command) return [kindError(`I don't know /${event.name.slice(0, 32)}. /commands shows everything I can do.`)];
        // Any other command cancels a pending /delete.
        const cancelled = event.name === "delete" ? [] : await cancelPendingDelete(ctx);
        return [...cancelled, ...(await command.handle(ctx, cleanInput(event.args)))];
      }
      case "press": {
        const [namespace = "", action = ""] = event.actionId.split(/\.(.*)/s);
        const press = PRESSES[namespace];
        if (!press) return [kindError("That button has expired. /commands shows what I can do.")];
        const cancelled = namespace === "privacy" ? [] : await cancelPendingDelete(ctx);
        return [...cancelled, ...(await press(ctx, action))];
      }
      case "text":
        return handleText(ctx, event.text, screen);
    }
  }

  /** Crisis language in private text: group messages are not read, and commands and presses are not free text. */
  function screenPrivateText(event: UserEvent): CrisisScreen {
    if (event.kind !== "text" || event.chat === "group") return { match: null, unsure: false };
    return screenCrisisLanguage(cleanInput(event.text), deps.content.crisisPhrases);
  }

  /** Work the person stopped waiting for: its replies were already replaced, so only the outcome is logged. */
  function finishLate(event: UserEvent, work: Promise<Reply[]>): void {
    const logged = work.then(
      () => deps.logger.warn({ event: event.kind, outcome: "stored-late" }, "storage answered after the safety response went out"),
      (error: Error) => deps.logger.error({ event: event.kind, outcome: "failed-late", error: error.name }, "handler failed after the safety response went out"),
    );
    late.add(logged);
    void logged.finally(() => late.delete(logged));
  }

  /** Time is an event: each kind of scheduled work runs on every tick, and one failing spares the rest. */
  async function runTick(at: Date): Promise<Outgoing[]> {
    const out: Outgoing[] = [];
    for (const [name, work] of [["check-ins", collectDueCheckIns], ["weekly-messages", collectWeeklyMessages], ["retention", applyRetention], ["sessions", collectSessionRhythm]] as const) {
      try {
        out.push(...(await work(deps, at)));
      } catch (error) {
        // Logged by kind only; what the other work claimed this tick is still delivered.
        deps.logger.error({ event: "tick", work: name, error: (error as Error).name }, "scheduled work failed");
      }
    }
    return out;
  }

  return {
    commands,
    recordDelivery: (receipt, outcome) => recordDelivery(deps, receipt, outcome, deps.clock.now()),
    recordUnreachable: (user) => recordUnreachable(deps, user),
    settled: async () => {
      await Promise.all([...late]);
    },
    async handleEvent(event) {
      if (event.kind === "tick") return runTick(event.at);
      const toUser = (replies: Reply[]): Outgoing[] => replies.map((r) => ({ to: event.user, reply: r }));
      // Safety first: before onboarding, flows, group rules or even loading the user. It reads
      // storage with a deadline and never throws, and a bare call for help has nothing to store.
      if (isSafetyRequest(event)) return toUser([await answerSafety(deps, event.user, "request", { chat: event.chat, language: safetyRequestLanguage(event) })]);
      // Screened first, before storage is touched, so that storage can neither delay nor stop the answer.
      const screen = screenPrivateText(event);
      const crisis = screen.match;
      if (crisis) deps.logger.info({ event: "crisis-language", category: crisis.category, language: crisis.language }, "crisis language noticed");
      try {
        const work = route(event, screen);
        if (!crisis) return toUser(await work);
        // Storage that hangs, rather than fails, must not hold the safety response back: past the
        // deadline it goes out from memory, and storing goes on without the person waiting for it.
        return toUser(await withDeadline(work, deps.settings.safetyStorageTimeoutMs).catch((error: Error) => {
          if (error.name !== "DeadlineError") throw error;
          finishLate(event, work);
          return [answerSafetyFromMemory(deps, event.user, "crisis-language", crisis.language), kindError(safetyWording(crisis.language).stillSaving)];
        }));
      } catch (error) {
        deps.logger.error({ event: event.kind, error: (error as Error).name }, "handler failed");
        // Crisis language still gets the safety response (from bundled data if need be) when storing failed.
        if (crisis) {
          return toUser([await answerSafety(deps, event.user, "crisis-language", { language: crisis.language }), kindError(safetyWording(crisis.language).couldNotKeep)]);
        }
        return toUser([kindError(SOMETHING_WENT_WRONG)]);
      }
    },
  };
}
