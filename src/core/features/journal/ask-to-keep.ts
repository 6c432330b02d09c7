import { reply, type HandlerContext } from "../../context";
import type { Reply } from "../../replies";

/** The person was asked whether a message was meant for the journal; a button answers. */
export const JOURNAL_ASK_FLOW = "journal-ask";

const GREETING = /^(?:hi|hello|hey|hiya|heya|yo|good\s+(?:morning|afternoon|evening|night)|morning|evening|night|thanks?(?:\s+you)?|thank\s+u|thx|ty|ok(?:ay)?|k|yes|no|yep|yeah|nope|cool|great|nice|bye|goodbye|test(?:ing)?)(?:\s+(?:there|again|so much))?[\s!.?]*$/iu;
// Short questions to the companion itself, not about the person's day.
const ABOUT_THE_BOT = /^(?:what|how|who|can|could|are|do|does|is)\b[^\n]{0,60}\b(?:you|this|bot|it work)\b[^\n]{0,20}\?$/iu;

/**
 * A plain message that may not be meant for the journal: a greeting, thanks, a question to the
 * companion, or only emoji or punctuation. Everything else is writing, and kept.
 */
export function isAmbiguous(text: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(text)) return true;
  return GREETING.test(text) || ABOUT_THE_BOT.test(text);
}

/** Asks once whether to keep `text`; a new message instead of an answer lets the question go. */
export async function askToKeep(ctx: HandlerContext, text: string, question = "Should I keep that in your journal?"): Promise<Reply[]> {
  await ctx.deps.repos.conversations.set(ctx.user.id, {
    flow: JOURNAL_ASK_FLOW,
    step: "keep",
    data: { text, ...(ctx.event.eventId ? { eventId: ctx.event.eventId } : {}) },
  });
  return [
    reply(question, {
      kind: "prompt",
      buttons: [[{ id: "journal.keep", label: "Keep in journal" }, { id: "journal.drop", label: "No, thanks" }]],
    }),
  ];
}

/** The text waiting for an answer, taken (and forgotten) once. */
export async function takeAskedText(ctx: HandlerContext): Promise<{ text: string; eventId?: string } | null> {
  const state = await ctx.deps.repos.conversations.get(ctx.user.id);
  if (state?.flow !== JOURNAL_ASK_FLOW || typeof state.data.text !== "string") return null;
  await ctx.deps.repos.conversations.clear(ctx.user.id);
  return { text: state.data.text, ...(typeof state.data.eventId === "string" ? { eventId: state.data.eventId } : {}) };
}
