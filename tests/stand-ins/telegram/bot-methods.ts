import type { BotCommand, Message } from "@grammyjs/types";
import type { ParsedRequest, UploadedFile } from "./http-io";
import { TelegramApiError } from "./http-io";
import type { PollRequest } from "./update-queue";
import {
  MAX_CAPTION_LENGTH,
  MAX_TEXT_LENGTH,
  botAsUser,
  commandKey,
  findMessage,
  messageKey,
  nowInSeconds,
  readReplyMarkup,
  resolveChat,
} from "./state";
import type { FakeTelegramState, SendMethod } from "./state";

/** Answers one Bot API method; the returned value becomes `result`. */
export type MethodHandler = (state: FakeTelegramState, request: ParsedRequest) => unknown;

const MAX_POLL_LIMIT = 100;
const COMMAND_NAME = /^[a-z0-9_]{1,32}$/;

/** Reads getUpdates parameters. The fake accepts fractional timeouts so tests can stay fast; Telegram wants integers. */
export function readPollRequest(payload: Record<string, unknown>): PollRequest {
  const offset = toNumber(payload.offset);
  const limit = toNumber(payload.limit) ?? MAX_POLL_LIMIT;
  return {
    offset,
    limit: Math.min(Math.max(1, limit), MAX_POLL_LIMIT),
    timeoutSeconds: Math.max(0, toNumber(payload.timeout) ?? 0),
  };
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

function readText(value: unknown, field: "text" | "caption"): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (field === "text" && text.trim() === "") throw new TelegramApiError(400, "Bad Request: message text is empty");
  if (field === "text" && text.length > MAX_TEXT_LENGTH) throw new TelegramApiError(400, "Bad Request: message is too long");
  if (field === "caption" && text.length > MAX_CAPTION_LENGTH) throw new TelegramApiError(400, "Bad Request: message caption is too long");
  return text;
}

function fileIdFor(messageId: number, field: string): string {
  return `fake-${field}-${messageId}`;
}

function uploadFor(files: UploadedFile[], field: string, payload: Record<string, unknown>): UploadedFile | undefined {
  const upload = files.find((file) => file.field === field);
  const reference = payload[field];
  if (!upload && (typeof reference !== "string" || reference === "" || reference.startsWith("attach://"))) {
    throw new TelegramApiError(400, `Bad Request: there is no ${field} in the request`);
  }
  return upload;
}

function send(method: SendMethod): MethodHandler {
  return (state, { payload, files }) => {
    const chat = resolveChat(state, payload.chat_id);
    const isText = method === "sendMessage";
    const text = isText ? readText(payload.text, "text") : readText(payload.caption, "caption");
    if (isText && text === undefined) throw new TelegramApiError(400, "Bad Request: message text is empty");
    const inlineMarkup = readReplyMarkup(payload.reply_markup);
    const messageId = state.nextMessageId();
    const media = isText ? {} : describeMedia(method, payload, files, messageId);
    const message = {
      message_id: messageId,
      from: botAsUser(state.botUser),
      chat,
      date: nowInSeconds(),
      ...(text === undefined ? {} : isText ? { text } : { caption: text }),
      ...media,
      ...(inlineMarkup ? { reply_markup: inlineMarkup } : {}),
    } as Message;
    state.messages.set(messageKey(chat.id, messageId), message);
    state.onSent({
      method,
      chatId: chat.id,
      message,
      text,
      parseMode: typeof payload.parse_mode === "string" ? payload.parse_mode : undefined,
      replyMarkup: payload.reply_markup,
      files,
      sentAt: performance.now(),
    });
    return message;
  };
}

function describeMedia(method: SendMethod, payload: Record<string, unknown>, files: UploadedFile[], messageId: number): Partial<Message> {
  if (method === "sendPhoto") {
    const upload = uploadFor(files, "photo", payload);
    const fileId = upload ? fileIdFor(messageId, "photo") : String(payload.photo);
    return { photo: [{ file_id: fileId, file_unique_id: `u-${fileId}`, width: 1, height: 1, ...(upload ? { file_size: upload.size } : {}) }] };
  }
  const upload = uploadFor(files, "document", payload);
  const fileId = upload ? fileIdFor(messageId, "document") : String(payload.document);
  return {
    document: {
      file_id: fileId,
      file_unique_id: `u-${fileId}`,
      ...(upload ? { file_name: upload.fileName, file_size: upload.size, mime_type: "application/octet-stream" } : {}),
    },
  };
}

/** editMessageText / editMessageReplyMarkup. Like Telegram, leaving out reply_markup removes the inline keyboard. */
function edit(kind: "text" | "markup"): MethodHandler {
  return (state, { payload }) => {
    if (payload.inline_message_id !== undefined) return true;
    const current = findMessage(state, payload.chat_id, payload.message_id, "message to edit not found");
    if (current.from?.id !== state.botUser.id) throw new TelegramApiError(400, "Bad Request: message can't be edited");
    if (kind === "text" && current.text === undefined) throw new TelegramApiError(400, "Bad Request: there is no text in the message to edit");
    const text = kind === "text" ? readText(payload.text, "text") : current.text;
    if (kind === "text" && text === undefined) throw new TelegramApiError(400, "Bad Request: message text is empty");
    const inlineMarkup = readReplyMarkup(payload.reply_markup);
    if (text === current.text && JSON.stringify(inlineMarkup) === JSON.stringify(current.reply_markup)) {
      throw new TelegramApiError(
        400,
        "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
      );
    }
    const edited = { ...current, ...(text === undefined ? {} : { text }), edit_date: nowInSeconds(), reply_markup: inlineMarkup } as Message;
    if (!inlineMarkup) delete edited.reply_markup;
    state.messages.set(messageKey(edited.chat.id, edited.message_id), edited);
    return edited;
  };
}

function readCommands(value: unknown): BotCommand[] {
  if (!Array.isArray(value)) throw new TelegramApiError(400, "Bad Request: field \"commands\" must be an Array");
  return value.map((entry: Partial<BotCommand>) => {
    if (typeof entry.command !== "string" || !COMMAND_NAME.test(entry.command)) throw new TelegramApiError(400, "Bad Request: BOT_COMMAND_INVALID");
    if (typeof entry.description !== "string" || entry.description.length < 1 || entry.description.length > 256) {
      throw new TelegramApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID");
    }
    return { command: entry.command, description: entry.description };
  });
}

/** Every method except getUpdates (which needs the connection for long polling), keyed by lower-case name. */
export const METHOD_HANDLERS: ReadonlyMap<string, MethodHandler> = new Map<string, MethodHandler>([
  ["getme", (state) => state.botUser],
  [
    "deletewebhook",
    (state, { payload }) => {
      state.webhookUrl = undefined;
      if (payload.drop_pending_updates === true || payload.drop_pending_updates === "true") state.queue.dropAll();
      return true;
    },
  ],
  [
    "setwebhook",
    (state, { payload }) => {
      if (typeof payload.url !== "string") throw new TelegramApiError(400, "Bad Request: bad webhook: URL is empty");
      state.webhookUrl = payload.url === "" ? undefined : payload.url;
      return true;
    },
  ],
  [
    "getfile",
    (state, { payload }) => {
      const fileId = String(payload.file_id ?? "");
      const upload = state.uploads.get(fileId);
      if (!upload) throw new TelegramApiError(400, "Bad Request: invalid file_id");
      return { file_id: fileId, file_unique_id: `u${fileId}`, file_size: upload.bytes.length, file_path: `documents/${fileId}.json` };
    },
  ],
  ["sendmessage", send("sendMessage")],
  ["sendphoto", send("sendPhoto")],
  ["senddocument", send("sendDocument")],
  [
    "answercallbackquery",
    (state, { payload }) => {
      const query = state.callbackQueries.get(String(payload.callback_query_id));
      if (!query) throw new TelegramApiError(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
      query.answered = true;
      return true;
    },
  ],
  ["editmessagetext", edit("text")],
  ["editmessagereplymarkup", edit("markup")],
  [
    "setmycommands",
    (state, { payload }) => {
      state.commands.set(commandKey(payload.scope, payload.language_code), readCommands(payload.commands));
      return true;
    },
  ],
  ["getmycommands", (state, { payload }) => state.commands.get(commandKey(payload.scope, payload.language_code)) ?? []],
  [
    "deletemycommands",
    (state, { payload }) => {
      state.commands.delete(commandKey(payload.scope, payload.language_code));
      return true;
    },
  ],
  [
    "sendchataction",
    (state, { payload }) => {
      resolveChat(state, payload.chat_id);
      return true;
    },
  ],
  [
    "deletemessage",
    (state, { payload }) => {
      const message = findMessage(state, payload.chat_id, payload.message_id, "message to delete not found");
      state.messages.delete(messageKey(message.chat.id, message.message_id));
      return true;
    },
  ],
]);
