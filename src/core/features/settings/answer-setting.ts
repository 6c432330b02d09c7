import { reply } from "../../context";
import type { FlowHandler } from "../../router";
import { setCheckInTimes } from "../check-ins/set-check-in-times";
import { setCountry } from "./set-country";
import { setTimeZone } from "./set-time-zone";

/** The answer to a question asked by `askSetting`; "cancel" leaves the setting as it was. */
export const answerSetting: FlowHandler = async (ctx, text) => {
  const state = await ctx.deps.repos.conversations.get(ctx.user.id);
  if (/^(cancel|stop|never ?mind|skip)$/i.test(text.trim())) {
    await ctx.deps.repos.conversations.clear(ctx.user.id);
    return [reply("No problem, nothing was changed.")];
  }
  const setter = state?.step === "timezone" ? setTimeZone : state?.step === "country" ? setCountry : setCheckInTimes;
  const replies = await setter(ctx, text);
  // A kind error keeps the question open so the person can simply try again.
  if (!replies.some((r) => r.kind === "error")) await ctx.deps.repos.conversations.clear(ctx.user.id);
  return replies;
};
