import { kindError, reply, type HandlerContext } from "../../context";
import type { Reply } from "../../replies";
import { MINUTE_MS } from "../check-ins/local-date";

export const DELETE_FLOW = "privacy-delete";
/** How long the "Erase everything" button works after /delete. */
export const DELETE_CONFIRM_MINUTES = 5;

interface PendingDelete {
  token: string;
  expiresAt: string;
}

const PLATFORM_NAMES: Record<string, string> = { telegram: "Telegram", discord: "Discord", console: "this terminal" };

/** `/delete`: says what will go, and asks for a press within a few minutes; anything else cancels. */
export async function askToDelete(ctx: HandlerContext): Promise<Reply[]> {
  // A fresh token per request: a press left over from an earlier /delete does nothing.
  const pending: PendingDelete = { token: ctx.now.getTime().toString(36), expiresAt: new Date(ctx.now.getTime() + DELETE_CONFIRM_MINUTES * MINUTE_MS).toISOString() };
  await ctx.deps.repos.conversations.set(ctx.user.id, { flow: DELETE_FLOW, step: "confirm", data: { ...pending } });
  const where = PLATFORM_NAMES[ctx.user.platform] ?? ctx.user.platform;
  return [
    {
      kind: "prompt",
      text:
        `This erases everything you've written to me on ${where}: journal, wins, moods, habits, goals, session notes, your safety plan, ` +
        "check-in times and settings. It can't be undone. If you'd like a copy first, use /export.\n\n" +
        `To go ahead, press "Erase everything" within ${DELETE_CONFIRM_MINUTES} minutes. Anything else cancels it.`,
      buttons: [[{ id: `privacy.erase:${pending.token}`, label: "Erase everything" }], [{ id: "privacy.keep", label: "Keep my data" }]],
    },
  ];
}

async function pendingOf(ctx: HandlerContext): Promise<PendingDelete | null> {
  const state = await ctx.deps.repos.conversations.get(ctx.user.id);
  return state?.flow === DELETE_FLOW ? (state.data as unknown as PendingDelete) : null;
}

const KEPT = "Okay, I've kept everything. Nothing was erased.";

/** Buttons `privacy.erase:<token>` and `privacy.keep`. */
export async function pressPrivacy(ctx: HandlerContext, action: string): Promise<Reply[]> {
  const pending = await pendingOf(ctx);
  if (action === "keep") {
    if (pending) await ctx.deps.repos.conversations.clear(ctx.user.id);
    return [reply(KEPT)];
  }
  const token = /^erase:([a-z0-9]{1,16})$/.exec(action)?.[1];
  if (!token || !pending || pending.token !== token) {
    return [kindError("That button belongs to an earlier request, so I've erased nothing. Type /delete if you'd like to start again.")];
  }
  if (ctx.now.getTime() > Date.parse(pending.expiresAt)) {
    await ctx.deps.repos.conversations.clear(ctx.user.id);
    return [kindError(`That confirmation ran out after ${DELETE_CONFIRM_MINUTES} minutes, so I've erased nothing. Type /delete to start again.`)];
  }
  await ctx.deps.repos.erasure.eraseUser(ctx.user.id);
  ctx.deps.logger.info({ event: "erase", scope: "user" }, "a person erased their data");
  return [
    reply(
      "Done. Everything you wrote to me here has been erased, and I no longer know you. If you write again, I'll start fresh. " +
        "Whatever happens, /safety always answers with crisis lines.",
    ),
  ];
}

/** Anything but the confirmation cancels a pending /delete; says so when it did. */
export async function cancelPendingDelete(ctx: HandlerContext): Promise<Reply[]> {
  if (!(await pendingOf(ctx))) return [];
  await ctx.deps.repos.conversations.clear(ctx.user.id);
  return [reply("Your /delete is cancelled; nothing was erased.")];
}
