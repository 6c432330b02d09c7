import type { HandlerContext } from "../../context";
import type { Reply } from "../../replies";

/** Settings that can be asked for when the command comes without a value. */
export type AskableSetting = "timezone" | "country" | "checkin";

export const SETTING_FLOW = "setting";

const QUESTIONS: Record<AskableSetting, string> = {
  timezone:
    "Which time zone are you in? A city (Berlin, New York), a zone name (Europe/Berlin) or an offset (UTC+2) all work.",
  country: "Which country are you in? I use it to show the right crisis lines. A name (Germany) or a code (DE) works.",
  checkin: "What time would you like your daily check-in? For example 08:30 or 9pm.",
};

/** Starts a one-question flow; the next plain message is read as the answer. */
export async function askSetting(ctx: HandlerContext, setting: AskableSetting): Promise<Reply[]> {
  await ctx.deps.repos.conversations.set(ctx.user.id, { flow: SETTING_FLOW, step: setting, data: {} });
  return [{ kind: "prompt", text: `${QUESTIONS[setting]}\n(Type "cancel" to leave it as it is.)` }];
}
