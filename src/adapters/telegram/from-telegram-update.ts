import type { Chat, InlineKeyboardMarkup, Update, User } from "grammy/types";
import type { ChatKind, UserEvent, UserRef } from "../../core/events";
import { parseCommand } from "../../core/router";

/** The message a pressed button sits on: what is needed to answer the press and retire its keyboard. */
export interface PressedMessage {
  callbackQueryId: string;
  /** The pressed button's callback_data (a core button id). */
  data: string;
  /** Absent when Telegram no longer sends the message (very old, or inline mode). */
  message?: { chatId: number; messageId: number; text?: string; reply_markup?: InlineKeyboardMarkup };
}

/** A file sent with a command in a private chat (an export captioned /import): fetched before the core sees it. */
export interface SentDocument {
  fileId: string;
  name: string;
  /** Bytes, when Telegram says. */
  size?: number;
}

/** What one Telegram update means for the companion. */
export type TelegramInput =
  /** Something for the core; replies go to `chatId` (the private chat, or the group it came from). */
  | { kind: "event"; event: UserEvent; chatId: number; press?: PressedMessage; document?: SentDocument }
  /** A private message the companion cannot read (photo, voice, sticker): answered kindly, never stored. */
  | { kind: "unreadable"; chatId: number; user: UserRef }
  /** Nothing to do; `callbackQueryId` is set when a press still needs its spinner stopped. */
  | { kind: "ignored"; reason: IgnoredReason; callbackQueryId?: string };

export type IgnoredReason = "group-message" | "other-bot" | "from-bot" | "channel" | "no-sender" | "not-handled";

// "/name@bot": Telegram adds the bot's name in groups; a command for another bot is not ours.
const ADDRESSED_COMMAND = /^\/[A-Za-z0-9_]+@([A-Za-z0-9_]+)/;

function chatKindOf(chat: Chat): ChatKind | "channel" {
  if (chat.type === "private") return "private";
  return chat.type === "channel" ? "channel" : "group";
}

function userRefOf(from: User): UserRef {
  return { platform: "telegram", platformUserId: String(from.id) };
}

function isForAnotherBot(text: string, botUsername: string): boolean {
  const addressee = ADDRESSED_COMMAND.exec(text)?.[1];
  return addressee !== undefined && addressee.toLowerCase() !== botUsername.toLowerCase();
}

/**
 * Maps an update to a neutral event. The event id is the update id, so a redelivered update
 * stores nothing twice. In groups only commands addressed to this bot are read at all: plain
 * group messages are dropped here, before the core (or a log line) ever sees their text.
 */
export function fromTelegramUpdate(update: Update, botUsername: string): TelegramInput {
  const eventId = String(update.update_id);
  if (update.message) {
    const { message } = update;
    const chat = chatKindOf(message.chat);
    if (chat === "channel") return { kind: "ignored", reason: "channel" };
    if (!message.from) return { kind: "ignored", reason: "no-sender" };
    if (message.from.is_bot) return { kind: "ignored", reason: "from-bot" };
    const user = userRefOf(message.from);
    const text = message.text;
    const command = text?.startsWith("/") ? parseCommand(text) : null;
    if (chat === "group") {
      if (!command) return { kind: "ignored", reason: "group-message" };
      if (isForAnotherBot(text!, botUsername)) return { kind: "ignored", reason: "other-bot" };
    }
    const document = chat === "private" && message.document && message.caption ? parseCommand(message.caption) : null;
    if (text === undefined && document?.name === "import" && message.document) {
      const { file_id: fileId, file_name: name = "export.json", file_size: size } = message.document;
      const event: UserEvent = { user, chat, eventId, kind: "command", name: "import", args: "" };
      return { kind: "event", event, chatId: message.chat.id, document: { fileId, name, ...(size !== undefined ? { size } : {}) } };
    }
    if (text === undefined) return { kind: "unreadable", chatId: message.chat.id, user };
    if (command && isForAnotherBot(text, botUsername)) return { kind: "ignored", reason: "other-bot" };
    const base = { user, chat, eventId };
    const event: UserEvent = command ? { ...base, kind: "command", name: command.name, args: command.args } : { ...base, kind: "text", text };
    return { kind: "event", event, chatId: message.chat.id };
  }
  if (update.callback_query) {
    const query = update.callback_query;
    const message = query.message;
    const chat = message ? chatKindOf(message.chat) : "private";
    if (chat === "channel" || query.data === undefined) return { kind: "ignored", reason: "not-handled", callbackQueryId: query.id };
    // Without the message (inline mode, or too old) the answer goes to the person's private chat.
    const chatId = message?.chat.id ?? query.from.id;
    const pressed: PressedMessage = {
      callbackQueryId: query.id,
      data: query.data,
      ...(message
        ? {
            message: {
              chatId: message.chat.id,
              messageId: message.message_id,
              ...("text" in message && message.text !== undefined ? { text: message.text } : {}),
              ...("reply_markup" in message && message.reply_markup ? { reply_markup: message.reply_markup } : {}),
            },
          }
        : {}),
    };
    const event: UserEvent = { kind: "press", user: userRefOf(query.from), chat, eventId, actionId: query.data };
    return { kind: "event", event, chatId, press: pressed };
  }
  return { kind: "ignored", reason: "not-handled" };
}

/** The key that keeps one chat's updates in order while other chats run concurrently. */
export function chatKeyOf(update: Update): string | undefined {
  const chatId = update.message?.chat.id ?? update.callback_query?.message?.chat.id ?? update.callback_query?.from.id;
  return chatId === undefined ? undefined : String(chatId);
}
