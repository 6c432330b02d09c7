import type { BotCommand, Chat, InlineKeyboardMarkup, Message, User, UserFromGetMe } from "@grammyjs/types";
import type { UploadedFile } from "./http-io";
import { TelegramApiError } from "./http-io";
import type { UpdateQueue } from "./update-queue";

/** A chat the fake can deliver to: the types a companion bot meets (no channels). */
export type FakeChat = Chat.PrivateChat | Chat.GroupChat | Chat.SupergroupChat;

/** The methods that create a message the user sees. */
export type SendMethod = "sendMessage" | "sendPhoto" | "sendDocument";

/** One message the bot sent, as it was at send time, with what the Message type cannot carry. */
export interface SentMessage {
  method: SendMethod;
  chatId: number;
  /** What the fake answered, as Telegram would (an inline keyboard is kept, other keyboards are not). */
  message: Message;
  /** `text`, or `caption` for media. */
  text: string | undefined;
  parseMode: string | undefined;
  /** The `reply_markup` exactly as sent: inline keyboard, reply keyboard, remove or force reply. */
  replyMarkup: unknown;
  files: UploadedFile[];
  /** `performance.now()` when the fake accepted it (benchmarks measure update-to-reply time with it). */
  sentAt: number;
}

/** Everything the fake remembers between requests. */
export interface FakeTelegramState {
  readonly botUser: UserFromGetMe;
  readonly queue: UpdateQueue;
  readonly chats: Map<number, FakeChat>;
  /** Current versions (after edits) of messages still present, keyed by `messageKey`. */
  readonly messages: Map<string, Message>;
  readonly sent: SentMessage[];
  /** Callback query ids handed to the bot, and whether it answered each one. */
  readonly callbackQueries: Map<string, { answered: boolean }>;
  /** Registered commands by `commandKey(scope, language_code)`. */
  readonly commands: Map<string, BotCommand[]>;
  webhookUrl: string | undefined;
  /** Files people sent, by file_id: getFile names them, /file/bot<token>/<path> serves them. */
  readonly uploads: Map<string, { name: string; bytes: Uint8Array }>;
  nextMessageId(): number;
  onSent(sent: SentMessage): void;
}

// Telegram's own limits; a bot that breaks them fails in production, so it fails here too.
export const MAX_TEXT_LENGTH = 4096;
export const MAX_CAPTION_LENGTH = 1024;
export const MAX_CALLBACK_DATA_BYTES = 64;

// Supergroup ids start at -100xxxxxxxxxx; ordinary groups are small negative numbers.
const SUPERGROUP_ID_CEILING = -1_000_000_000_000;

export function messageKey(chatId: number, messageId: number): string {
  return `${chatId}:${messageId}`;
}

export function commandKey(scope: unknown, languageCode: unknown): string {
  return `${JSON.stringify(scope ?? { type: "default" })}|${typeof languageCode === "string" ? languageCode : ""}`;
}

export function nowInSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

export function botAsUser(botUser: UserFromGetMe): User {
  return { id: botUser.id, is_bot: true, first_name: botUser.first_name, username: botUser.username };
}

export function chatOfUser(user: User): Chat.PrivateChat {
  return { id: user.id, type: "private", first_name: user.first_name, ...(user.username ? { username: user.username } : {}) };
}

/** The chat a send targets. Chats never seen in an update are invented from the id, so proactive check-ins work. */
export function resolveChat(state: FakeTelegramState, chatId: unknown): FakeChat {
  if (chatId === undefined || chatId === null || chatId === "") throw new TelegramApiError(400, "Bad Request: chat_id is empty");
  const id = typeof chatId === "string" && /^-?\d+$/.test(chatId) ? Number(chatId) : chatId;
  if (typeof id !== "number" || !Number.isSafeInteger(id)) throw new TelegramApiError(400, "Bad Request: chat not found");
  const known = state.chats.get(id);
  if (known) return known;
  const invented: FakeChat =
    id > 0
      ? { id, type: "private", first_name: `User ${id}` }
      : id <= SUPERGROUP_ID_CEILING
        ? { id, type: "supergroup", title: `Supergroup ${id}` }
        : { id, type: "group", title: `Group ${id}` };
  state.chats.set(id, invented);
  return invented;
}

/** A message still present in a chat (the bot's or a user's), for edits and deletes. */
export function findMessage(state: FakeTelegramState, chatId: unknown, messageId: unknown, missing: string): Message {
  const chat = resolveChat(state, chatId);
  const id = typeof messageId === "string" ? Number(messageId) : messageId;
  const message = typeof id === "number" ? state.messages.get(messageKey(chat.id, id)) : undefined;
  if (!message) throw new TelegramApiError(400, `Bad Request: ${missing}`);
  return message;
}

/** Validates reply_markup and returns the part a Message keeps (inline keyboards only). */
export function readReplyMarkup(replyMarkup: unknown): InlineKeyboardMarkup | undefined {
  if (replyMarkup === undefined) return undefined;
  if (typeof replyMarkup !== "object" || replyMarkup === null) throw new TelegramApiError(400, "Bad Request: can't parse reply keyboard markup JSON object");
  if (!("inline_keyboard" in replyMarkup)) return undefined;
  const keyboard = (replyMarkup as InlineKeyboardMarkup).inline_keyboard;
  if (!Array.isArray(keyboard) || !keyboard.every((row) => Array.isArray(row))) {
    throw new TelegramApiError(400, "Bad Request: field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array of Arrays");
  }
  for (const button of keyboard.flat()) {
    if (typeof button.text !== "string" || button.text === "") throw new TelegramApiError(400, "Bad Request: text buttons are unallowed in the inline keyboard");
    if ("callback_data" in button) {
      const bytes = Buffer.byteLength(button.callback_data, "utf8");
      if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) throw new TelegramApiError(400, "Bad Request: BUTTON_DATA_INVALID");
    }
  }
  return keyboard.length > 0 ? { inline_keyboard: keyboard } : undefined;
}

/** The callback_data values of a message's inline keyboard. */
export function callbackDataOf(message: Message): string[] {
  return (message.reply_markup?.inline_keyboard ?? []).flat().flatMap((button) => ("callback_data" in button ? [button.callback_data] : []));
}
