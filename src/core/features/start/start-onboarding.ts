import { reply, type HandlerContext } from "../../context";
import type { FlowHandler } from "../../router";
import type { Reply } from "../../replies";
import { setCheckInTimes } from "../check-ins/set-check-in-times";
import { setCountry } from "../settings/set-country";
import { setTimeZone } from "../settings/set-time-zone";
import { INTRODUCTION } from "./introduction";

export const ONBOARDING_FLOW = "onboarding";

const STEPS = ["country", "timezone", "checkin"] as const;
type Step = (typeof STEPS)[number];

const QUESTIONS: Record<Step, string> = {
  country: "First: which country are you in? I use it only to show the right crisis lines. (Germany, DE, ...)",
  timezone: "Which time zone are you in, so check-ins arrive at your time? A city (Berlin) or an offset (UTC+2) works.",
  checkin: "What time would you like a short daily check-in? For example 20:00. Or say skip to set it later.",
};

const SETTERS: Record<Step, (ctx: HandlerContext, value: string) => Promise<Reply[]>> = {
  country: setCountry,
  timezone: setTimeZone,
  checkin: setCheckInTimes,
};

async function ask(ctx: HandlerContext, step: Step): Promise<Reply[]> {
  await ctx.deps.repos.conversations.set(ctx.user.id, { flow: ONBOARDING_FLOW, step, data: {} });
  return [{ kind: "prompt", text: `${QUESTIONS[step]}\n(You can say skip to any question.)`, buttons: [[{ id: "onboarding.skip", label: "Skip" }]] }];
}

async function finish(ctx: HandlerContext): Promise<Reply[]> {
  await ctx.deps.repos.conversations.clear(ctx.user.id);
  return [
    reply(
      "That's all for now. You can write to me any time: a line for your journal, win: and something that went well, or /commands to see everything. /plan builds your safety plan when you feel ready.",
    ),
  ];
}

/** `/start`: the introduction, then three skippable questions. */
export async function startOnboarding(ctx: HandlerContext): Promise<Reply[]> {
  await ctx.deps.repos.users.update(ctx.user.id, { onboardedAt: ctx.user.onboardedAt ?? ctx.now });
  return [reply(INTRODUCTION), ...(await ask(ctx, "country"))];
}

async function next(ctx: HandlerContext, step: Step): Promise<Reply[]> {
  const following = STEPS[STEPS.indexOf(step) + 1];
  return following ? ask(ctx, following) : finish(ctx);
}

/** Answers to the onboarding questions; a bad answer asks again, "skip" moves on. */
export const continueOnboarding: FlowHandler = async (ctx, text) => {
  const state = await ctx.deps.repos.conversations.get(ctx.user.id);
  const step = (STEPS as readonly string[]).includes(state?.step ?? "") ? (state!.step as Step) : "country";
  if (/^(skip|later|no|not now)$/i.test(text.trim())) return next(ctx, step);
  const answer = await SETTERS[step](ctx, text);
  if (answer.some((r) => r.kind === "error")) return answer;
  // The setter may have refreshed the user (time zone): read it again for the next step.
  const user = (await ctx.deps.repos.users.find(ctx.event.user)) ?? ctx.user;
  return [...answer, ...(await next({ ...ctx, user }, step))];
};

export async function skipOnboardingStep(ctx: HandlerContext): Promise<Reply[]> {
  return continueOnboarding(ctx, "skip");
}
