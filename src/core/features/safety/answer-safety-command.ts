import type { HandlerContext } from "../../context";
import type { Reply } from "../../replies";
import { answerSafety } from "./answer-safety";

/** The command-table entry for /safety; the router also answers it before anything else runs. */
export async function answerSafetyCommand(ctx: HandlerContext): Promise<Reply[]> {
  return [await answerSafety(ctx.deps, ctx.event.user, "request", { chat: ctx.event.chat })];
}
