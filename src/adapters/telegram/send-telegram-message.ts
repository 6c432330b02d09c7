import { GrammyError, HttpError, InputFile, type Api } from "grammy";
import type { DeliveryOutcome } from "../../core/replies";
import { unescapeHtml, type TelegramMessage, type TelegramPressEdit } from "./to-telegram-message";

// Telegram's answers that mean "this person cannot be reached", whatever we retry.
const UNREACHABLE = /chat not found|user is deactivated|bot was blocked|bot was kicked|bot can't initiate|PEER_ID_INVALID/i;

/** Sends one rendered message. If Telegram cannot parse the HTML (a bug on our side), it goes again as plain text. */
export async function sendTelegramMessage(api: Api, chatId: number, message: TelegramMessage): Promise<void> {
  try {
    await call(api, chatId, message);
  } catch (error) {
    if (!isEntityParseError(error)) throw error;
    await call(api, chatId, asPlainText(message));
  }
}

function call(api: Api, chatId: number, message: TelegramMessage): Promise<unknown> {
  const markup = message.reply_markup ? { reply_markup: message.reply_markup } : {};
  const parseMode = message.parse_mode ? { parse_mode: message.parse_mode } : {};
  switch (message.method) {
    case "sendMessage":
      return api.sendMessage(chatId, message.text, { ...parseMode, link_preview_options: message.link_preview_options, ...markup });
    case "sendPhoto":
    case "sendDocument": {
      const file = new InputFile(message.attachment.bytes, message.attachment.name);
      const other = { ...parseMode, ...(message.caption ? { caption: message.caption } : {}), ...markup };
      return message.method === "sendPhoto" ? api.sendPhoto(chatId, file, other) : api.sendDocument(chatId, file, other);
    }
  }
}

function asPlainText(message: TelegramMessage): TelegramMessage {
  if (message.method === "sendMessage") return { ...message, parse_mode: undefined, text: unescapeHtml(message.text) };
  return { ...message, parse_mode: undefined, ...(message.caption ? { caption: unescapeHtml(message.caption) } : {}) };
}

function isEntityParseError(error: unknown): boolean {
  return error instanceof GrammyError && error.error_code === 400 && /can't parse entities/i.test(error.description);
}

/** Retires the keyboard of a pressed message. "Not modified" (a double tap already did it) is fine. */
export async function editPressedMessage(api: Api, chatId: number, messageId: number, edit: TelegramPressEdit): Promise<void> {
  try {
    if (edit.method === "editMessageText") {
      await api.editMessageText(chatId, messageId, edit.text, { parse_mode: edit.parse_mode, link_preview_options: edit.link_preview_options });
    } else {
      await api.editMessageReplyMarkup(chatId, messageId);
    }
  } catch (error) {
    if (error instanceof GrammyError && /message is not modified/i.test(error.description)) return;
    throw error;
  }
}

/** True when Telegram refuses this person for good (blocked the bot, account deleted, never started it). */
export function isUnreachable(error: unknown): boolean {
  return error instanceof GrammyError && (error.error_code === 403 || (error.error_code === 400 && UNREACHABLE.test(error.description)));
}

/** What a failed send means for the core's delivery bookkeeping. */
export function deliveryOutcomeOf(error: unknown): DeliveryOutcome {
  // 429 after the retries, 5xx, the network: try again later. A rendering bug is not the person's fault either.
  return isUnreachable(error) ? "permanent" : "transient";
}

/** Short, text-free facts about a failure for a log line. */
export function errorFields(error: unknown): { error: string; code?: number } {
  if (error instanceof GrammyError) return { error: "GrammyError", code: error.error_code };
  if (error instanceof HttpError) return { error: "HttpError" };
  return { error: error instanceof Error ? error.name : "unknown" };
}
