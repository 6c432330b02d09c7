import type { Message, MessageEntity, User, UserFromGetMe } from "@grammyjs/types";
import { chatOfUser, nowInSeconds } from "./state";
import type { FakeChat } from "./state";

/** A person writing to the bot. */
export interface FakeTelegramUser {
  id: number;
  first_name?: string;
  username?: string;
  language_code?: string;
}

/** Where a person writes, when it is not their private chat with the bot. */
export interface FakeChatRef {
  id: number;
  type: "private" | "group" | "supergroup";
  title?: string;
}

const DEFAULT_BOT_ID = 7_000_000_001;
// Telegram marks "/name" or "/name@bot" at the start as a command; grammY's bot.command() matches only with this entity.
const BOT_COMMAND_AT_START = /^\/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?/;

export function buildBotUser(overrides: Partial<UserFromGetMe> = {}): UserFromGetMe {
  return {
    id: DEFAULT_BOT_ID,
    is_bot: true,
    first_name: "Between",
    username: "between_test_bot",
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
    ...overrides,
  };
}

export function toUser(user: FakeTelegramUser): User {
  return {
    id: user.id,
    is_bot: false,
    first_name: user.first_name ?? `User ${user.id}`,
    ...(user.username ? { username: user.username } : {}),
    ...(user.language_code ? { language_code: user.language_code } : {}),
  };
}

export function toChat(ref: FakeChatRef, from: User): FakeChat {
  if (ref.type === "private") return { ...chatOfUser(from), id: ref.id };
  return { id: ref.id, type: ref.type, title: ref.title ?? `Chat ${ref.id}` };
}

/** A person's document (a file), with a caption that may start with a command. */
export function buildDocumentMessage(messageId: number, from: User, chat: FakeChat, document: { fileId: string; name: string; size: number }, caption: string): Message {
  const command = BOT_COMMAND_AT_START.exec(caption);
  return {
    message_id: messageId,
    from,
    chat,
    date: nowInSeconds(),
    document: { file_id: document.fileId, file_unique_id: `u${document.fileId}`, file_name: document.name, file_size: document.size, mime_type: "application/json" },
    ...(caption ? { caption } : {}),
    ...(command ? { caption_entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
  } as Message;
}

/** A person's text message, with the bot_command entity Telegram adds to a leading "/command". */
export function buildTextMessage(messageId: number, from: User, chat: FakeChat, text: string): Message {
  const command = BOT_COMMAND_AT_START.exec(text);
  const entities: MessageEntity[] = command ? [{ type: "bot_command", offset: 0, length: command[0].length }] : [];
  return {
    message_id: messageId,
    from,
    chat,
    date: nowInSeconds(),
    text,
    ...(entities.length > 0 ? { entities } : {}),
  } as Message;
}
