import { GrammyError, type Api } from "grammy";
import type { Update } from "grammy/types";
import type { ChatKind, UserRef } from "../../core/events";
import type { Core } from "../../core/handle-event";
import type { Logger } from "../../core/ports";
import type { Outgoing, Reply } from "../../core/replies";
import { hashUserId } from "../../logging/create-logger";
import { fromTelegramUpdate, type PressedMessage, type SentDocument } from "./from-telegram-update";
import { editPressedMessage, errorFields, isUnreachable, sendTelegramMessage } from "./send-telegram-message";
import { toPressedEdit, toTelegramMessages, type RenderOptions, type TelegramMessage } from "./to-telegram-message";

export interface UpdateHandlerDeps {
  core: Core;
  logger: Logger;
  api: Api;
  botUsername: string;
  /** Fetches a file a person sent (getFile, then the file URL); null when it cannot be had. */
  downloadFile?: (document: SentDocument) => Promise<Uint8Array | null>;
}

/** Said to a photo, voice note or sticker in a private chat: the companion reads text only, and keeps nothing else. */
export const UNREADABLE_MESSAGE =
  "I can only read written messages for now, so I didn't keep that one. You can write it in words, or /commands shows what I can do. /safety is there any time.";

// Only if the core itself throws (it answers its own errors): still an answer, and a way to safety.
const CORE_FAILED = "Sorry, something went wrong on my side. Please try again in a moment. If you need support right now, type /safety.";

/**
 * One update, start to end: map it, let the core decide, send the replies in order, then retire
 * the pressed keyboard. Resolves only when all of that is done, which is what lets the poller
 * confirm the update to Telegram. Failures are logged and never thrown: one bad update must not
 * stop the others.
 */
export async function handleTelegramUpdate(deps: UpdateHandlerDeps, update: Update): Promise<void> {
  const { logger, api } = deps;
  const input = fromTelegramUpdate(update, deps.botUsername);
  if (input.kind === "ignored") {
    logger.debug({ event: "telegram-update", update: update.update_id, ignored: input.reason }, "update ignored");
    if (input.callbackQueryId) await api.answerCallbackQuery(input.callbackQueryId).catch(() => undefined);
    return;
  }
  if (input.kind === "unreadable") {
    logger.debug({ event: "telegram-update", update: update.update_id, kind: "unreadable", user: hashUserId(input.user.platformUserId) }, "non-text message");
    const outcome = await sendReplies(deps, input.chatId, "private", [{ kind: "reply", text: UNREADABLE_MESSAGE }], update.update_id);
    if (outcome === "unreachable") await recordUnreachable(deps, input.user, update.update_id);
    return;
  }
  const { event, chatId, press, document } = input;
  if (document && deps.downloadFile && event.kind === "command") {
    const bytes = await deps.downloadFile(document);
    if (bytes) event.file = { name: document.name, bytes };
  }
  logger.debug(
    { event: "telegram-update", update: update.update_id, kind: event.kind, chat: event.chat ?? "private", user: hashUserId(event.user.platformUserId) },
    "update received",
  );
  // Stop the button's spinner at once; the answer itself comes as a message.
  if (press) await api.answerCallbackQuery(press.callbackQueryId).catch((error: unknown) => logSendFailure(logger, "answerCallbackQuery", error, update.update_id));
  let outgoing: Outgoing[];
  try {
    outgoing = await deps.core.handleEvent(event);
  } catch (error) {
    logger.error({ event: "telegram-update", update: update.update_id, ...errorFields(error) }, "core failed");
    outgoing = [{ to: event.user, reply: { kind: "error", text: CORE_FAILED } }];
  }
  const chat = event.chat ?? "private";
  const outcome = await sendReplies(deps, chatId, chat, outgoing.map((o) => o.reply), update.update_id);
  // In a group, a refusal is about the group (the bot was removed), not about this person.
  if (outcome === "unreachable" && chat === "private") await recordUnreachable(deps, event.user, update.update_id);
  if (press) await retireKeyboard(deps, press, update.update_id);
}

/** The person blocked the bot (or is gone): the core stops scheduled messages to them until they write again. */
async function recordUnreachable(deps: UpdateHandlerDeps, user: UserRef, updateId: number): Promise<void> {
  try {
    await deps.core.recordUnreachable(user);
  } catch (error) {
    deps.logger.error({ event: "telegram-update", update: updateId, ...errorFields(error) }, "could not mark the person unreachable");
  }
}

/** Sends replies in order. A person who blocked the bot gets nothing more; any other failure skips only that reply. */
async function sendReplies(
  deps: UpdateHandlerDeps,
  chatId: number,
  chat: ChatKind,
  replies: readonly Reply[],
  updateId: number,
): Promise<"sent" | "unreachable"> {
  const options: RenderOptions = chat === "group" ? { dmInviteUrl: `https://t.me/${deps.botUsername}` } : {};
  for (const reply of replies) {
    const outcome = await sendReply(deps, chatId, render(deps.logger, reply, options, updateId), reply, updateId);
    if (outcome === "unreachable") return "unreachable";
    // A safety response Telegram refused as sent (a bad button, a bad file) goes again as plain words.
    if (outcome === "refused" && reply.kind === "safety") {
      await sendReply(deps, chatId, render(deps.logger, { kind: "safety", text: reply.text }, options, updateId), reply, updateId);
    }
  }
  return "sent";
}

async function sendReply(
  deps: UpdateHandlerDeps,
  chatId: number,
  messages: readonly TelegramMessage[],
  reply: Reply,
  updateId: number,
): Promise<"sent" | "unreachable" | "refused" | "failed"> {
  for (const message of messages) {
    try {
      await sendTelegramMessage(deps.api, chatId, message);
    } catch (error) {
      logSendFailure(deps.logger, message.method, error, updateId, reply.kind);
      if (isUnreachable(error)) return "unreachable";
      // The rest of this reply would make no sense without this part.
      return error instanceof GrammyError && error.error_code === 400 ? "refused" : "failed";
    }
  }
  return "sent";
}

/** Renders a reply; if that fails (a bug), the words still go out without buttons or attachments. */
function render(logger: Logger, reply: Reply, options: RenderOptions, updateId: number): TelegramMessage[] {
  try {
    return toTelegramMessages(reply, options);
  } catch (error) {
    logger.error({ event: "telegram-render", update: updateId, kind: reply.kind, ...errorFields(error) }, "reply could not be rendered; sending its text only");
    try {
      return toTelegramMessages({ kind: reply.kind, text: reply.text || "…" }, options);
    } catch {
      return [];
    }
  }
}

async function retireKeyboard(deps: UpdateHandlerDeps, press: PressedMessage, updateId: number): Promise<void> {
  const message = press.message;
  if (!message?.reply_markup) return;
  const edit = toPressedEdit(message, press.data);
  try {
    await editPressedMessage(deps.api, message.chatId, message.messageId, edit);
  } catch (error) {
    logSendFailure(deps.logger, edit.method, error, updateId);
  }
}

function logSendFailure(logger: Logger, method: string, error: unknown, updateId: number, kind?: string): void {
  logger.warn({ event: "telegram-send", method, update: updateId, ...(kind ? { kind } : {}), ...errorFields(error) }, "Telegram call failed");
}
