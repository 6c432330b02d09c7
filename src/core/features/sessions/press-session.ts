import { kindError, reply, type HandlerContext } from "../../context";
import type { FlowHandler, PressHandler } from "../../router";
import type { Reply } from "../../replies";
import { isTooLong } from "../../text/clean-input";
import { TOO_LONG } from "../journal/write-journal-entry";
import { moveToJournal, startPractice } from "./answer-follow-up";
import { cancelNextOccurrence, cancelWhole, findUpcoming } from "./change-session";
import { KIND_CODES } from "./write-prep-message";

export const SESSION_MORE_FLOW = "session-more";

const EXPIRED = "That button has expired. /sessions shows your sessions.";

/** `session.omit:<j|n|w>:<id>` leaves an item out of the summary; `session.keep:...` brings it back. */
async function toggleItem(ctx: HandlerContext, code: string, idText: string, omit: boolean): Promise<Reply[]> {
  const kind = KIND_CODES[code];
  if (!kind || !/^\d{1,12}$/.test(idText)) return [kindError(EXPIRED)];
  const id = Number(idText);
  if (omit) {
    // Scoped to the person: an id of someone else's item hides nothing of theirs.
    await ctx.deps.repos.appointments.omit(ctx.user.id, kind, id);
    return [
      reply("Left out. It won't be in your summary or the file you share; it stays where you wrote it.", {
        buttons: [[{ id: `session.keep:${code}:${id}`, label: "Bring it back" }]],
      }),
    ];
  }
  const restored = await ctx.deps.repos.appointments.restore(ctx.user.id, kind, id);
  return [reply(restored ? "Brought back: it's in your summary again." : "That one is in your summary already.")];
}

/** `session.*` buttons: leave out, bring back, one more thing, practice, cancel choices. */
export const pressSession: PressHandler = async (ctx, action) => {
  const [verb = "", a = "", b = ""] = action.split(":");
  switch (verb) {
    case "omit":
      return toggleItem(ctx, a, b, true);
    case "keep":
      return toggleItem(ctx, a, b, false);
    case "more":
      await ctx.deps.repos.conversations.set(ctx.user.id, { flow: SESSION_MORE_FLOW, step: "note", data: {} });
      return [reply("What else would you like to bring up? Write it in your own words; I'll add it to your notes for the session.", { kind: "prompt" })];
    case "practice":
      return startPractice(ctx, a);
    case "nopractice":
      await ctx.deps.repos.conversations.clear(ctx.user.id);
      return [reply("That's fine. Sessions can be a lot; rest is part of it too.")];
    case "tojournal":
      return moveToJournal(ctx, a);
    case "cancelnext":
    case "cancelall": {
      const appointment = await findUpcoming(ctx, a);
      if (!appointment) return [kindError(EXPIRED)];
      return verb === "cancelnext" ? cancelNextOccurrence(ctx, appointment) : cancelWhole(ctx, appointment);
    }
    case "keepit":
      return [reply("Okay, nothing was changed.")];
    default:
      return [kindError(EXPIRED)];
  }
};

/** After "one more thing": the words become a note for the session (kept once per platform event). */
export const continueSessionNote: FlowHandler = async (ctx, text) => {
  await ctx.deps.repos.conversations.clear(ctx.user.id);
  if (isTooLong(text)) return [kindError(TOO_LONG)];
  if (!/[\p{L}\p{N}]/u.test(text)) return [kindError("A few words are enough, so you'll recognise it later. Nothing was saved; the button is still there.")];
  const { value: note } = await ctx.deps.repos.notes.add(ctx.user.id, text, ctx.now, ctx.event.eventId);
  return [reply(`Added to what you'll bring up (note ${note.number}). /tosession <note> adds more any time.`)];
};
