import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { BotCommand, BotCommandScope, Message, Update, UserFromGetMe } from "@grammyjs/types";
import { METHOD_HANDLERS, readPollRequest } from "./telegram/bot-methods";
import { TelegramApiError, parseRequest, readRawBody, sendTelegramJson } from "./telegram/http-io";
import type { ParsedRequest, UploadedFile } from "./telegram/http-io";
import { buildBotUser, buildDocumentMessage, buildTextMessage, toChat, toUser } from "./telegram/payloads";
import type { FakeChatRef, FakeTelegramUser } from "./telegram/payloads";
import { callbackDataOf, chatOfUser, commandKey, messageKey } from "./telegram/state";
import type { FakeChat, FakeTelegramState, SendMethod, SentMessage } from "./telegram/state";
import { createUpdateQueue } from "./telegram/update-queue";
import { createWaitList } from "./telegram/wait-list";

export type { FakeChat, FakeChatRef, FakeTelegramUser, SendMethod, SentMessage, UploadedFile };

/** One request the bot made, logged when it arrived. */
export interface RecordedCall {
  /** The method name as it appeared in the URL. */
  method: string;
  /** Parameters from the query string and body; multipart fields are decoded (JSON fields parsed). */
  payload: Record<string, unknown>;
  files: UploadedFile[];
  /** `Date.now()` on arrival. */
  at: number;
  /** The HTTP status answered; undefined while a long poll is held, or if the client gave up on it. */
  status?: number;
}

/** An error to answer instead of running a method: 429 with retry_after, 5xx, 403 "bot was blocked"... */
export interface InjectedFailure {
  error_code: number;
  description: string;
  /** Seconds; fractions work with grammY and auto-retry and keep tests fast (real Telegram sends integers). */
  retry_after?: number;
}

/** How to start the fake. The token defaults to `<bot id>:fake-telegram-token`. */
export interface StartFakeTelegramOptions {
  token?: string;
  botUser?: Partial<UserFromGetMe>;
}

/** A Telegram Bot API stand-in on 127.0.0.1 for the real grammY: `new Bot(token, { client: { apiRoot } })`. */
export interface FakeTelegram {
  /** `http://127.0.0.1:PORT`, no trailing slash (grammY refuses one). */
  readonly apiRoot: string;
  readonly token: string;
  /** What getMe answers; pass it as grammY's `botInfo` to skip that call. */
  readonly botUser: UserFromGetMe;
  /** Every request, in arrival order, including refused ones. */
  readonly calls: readonly RecordedCall[];
  /** Messages the bot sent (sendMessage, sendPhoto, sendDocument), in order, as they were at send time. */
  readonly sent: readonly SentMessage[];
  /** Queues a raw update for getUpdates; assigns the next update_id unless one is given. */
  pushUpdate(update: Omit<Update, "update_id"> & { update_id?: number }): Update;
  /** A person sends text, in their private chat unless `chat` is given. Leading "/command" gets its bot_command entity. */
  sendText(user: FakeTelegramUser, text: string, chat?: FakeChatRef): Update;
  /** A person sends a file (a document) with a caption, in their private chat unless `chat` is given. */
  sendDocument(user: FakeTelegramUser, file: { name: string; bytes: Uint8Array }, caption: string, chat?: FakeChatRef): Update;
  /** A person presses an inline button; it must exist on the message's current version. */
  pressButton(user: FakeTelegramUser, message: Message | SentMessage, data: string): Update;
  /** Resolves with the first call (past or future) of `method` that matches; re-checked once the call is answered. */
  waitForCall(method: string, predicate?: (call: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  /** Resolves with the first sent message (past or future) that matches. */
  waitForSent(predicate: (sent: SentMessage) => boolean, timeoutMs?: number): Promise<SentMessage>;
  /** Answers the next `times` calls of `method` with this error instead of running it. */
  failNext(method: string, failure: InjectedFailure, times?: number): void;
  /** Answers every call of `method` with this error until `clearFailures` (e.g. getUpdates, so nothing is confirmed). */
  failUntilCleared(method: string, failure: InjectedFailure): void;
  /** Forgets the injected failures of `method`. */
  clearFailures(method: string): void;
  /** `performance.now()` when getUpdates first handed this update to the bot; undefined if it never did. */
  firstHandedOut(updateId: number): number | undefined;
  /** Updates the bot has not confirmed yet (at or after the last getUpdates offset). */
  pendingUpdates(): number;
  /** getUpdates requests held open right now (0 or 1); each holds a timer until it is answered or abandoned. */
  heldPolls(): number;
  /** A message as it is now (after edits), or undefined once deleted. */
  currentMessage(chatId: number, messageId: number): Message | undefined;
  /** Callback query ids the bot never answered: the user still sees a spinner on those buttons. */
  unansweredCallbackQueries(): string[];
  /** Commands registered for a scope and language (default scope, no language by default). */
  commands(scope?: BotCommandScope, languageCode?: string): BotCommand[];
  /** Stops the server; pending waits reject and held polls end. */
  close(): Promise<void>;
}

const DEFAULT_WAIT_MS = 5_000;

export async function startFakeTelegram(options: StartFakeTelegramOptions = {}): Promise<FakeTelegram> {
  const botUser = buildBotUser(options.botUser);
  const token = options.token ?? `${botUser.id}:fake-telegram-token`;
  let lastMessageId = 0;
  let lastCallbackId = 0;
  const calls: RecordedCall[] = [];
  const failures = new Map<string, InjectedFailure[]>();
  const standingFailures = new Map<string, InjectedFailure>();
  const callWaiters = createWaitList<RecordedCall>();
  const sentWaiters = createWaitList<SentMessage>();
  const state: FakeTelegramState = {
    botUser,
    queue: createUpdateQueue(),
    chats: new Map(),
    messages: new Map(),
    sent: [],
    callbackQueries: new Map(),
    commands: new Map(),
    webhookUrl: undefined,
    uploads: new Map(),
    nextMessageId: () => ++lastMessageId,
    onSent: (sent) => {
      state.sent.push(sent);
      sentWaiters.offer(sent);
    },
  };

  const server = createServer((req, res) => {
    handleRequest(req, res).catch((error: unknown) => {
      sendTelegramJson(res, 500, { ok: false, error_code: 500, description: `fake Telegram bug: ${String(error)}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", apiRoot);
    const download = /^\/file\/bot([^/]+)\/documents\/([^/.]+)\.json$/.exec(url.pathname);
    if (download) {
      const upload = download[1] === token ? state.uploads.get(download[2]!) : undefined;
      res.writeHead(upload ? 200 : 404, { "content-type": "application/octet-stream" }).end(upload ? Buffer.from(upload.bytes) : undefined);
      return;
    }
    const route = /^\/bot([^/]+)\/([^/]+)$/.exec(url.pathname);
    const raw = await readRawBody(req);
    if (!route) return void sendTelegramJson(res, 404, new TelegramApiError(404, "Not Found").toBody());
    const [, requestToken = "", method = ""] = route;
    let parsed: ParsedRequest;
    try {
      parsed = parseRequest(raw, req.headers["content-type"], url.searchParams);
    } catch (error) {
      const refusal = error instanceof TelegramApiError ? error : new TelegramApiError(400, "Bad Request: can't parse request JSON object");
      return void sendTelegramJson(res, refusal.errorCode, refusal.toBody());
    }
    const call: RecordedCall = { method, payload: parsed.payload, files: parsed.files, at: Date.now() };
    calls.push(call);
    callWaiters.offer(call);
    if (requestToken !== token) return answer(call, res, new TelegramApiError(401, "Unauthorized"));
    const failure = failures.get(method.toLowerCase())?.shift() ?? standingFailures.get(method.toLowerCase());
    if (failure) {
      const parameters = failure.retry_after === undefined ? undefined : { retry_after: failure.retry_after };
      return answer(call, res, new TelegramApiError(failure.error_code, failure.description, parameters));
    }
    if (method.toLowerCase() === "getupdates") return longPoll(call, res, parsed);
    const handler = METHOD_HANDLERS.get(method.toLowerCase());
    if (!handler) return answer(call, res, new TelegramApiError(404, "Not Found: method not found"));
    try {
      answer(call, res, handler(state, parsed));
    } catch (error) {
      if (!(error instanceof TelegramApiError)) throw error;
      answer(call, res, error);
    }
  }

  function longPoll(call: RecordedCall, res: ServerResponse, { payload }: ParsedRequest): void {
    if (state.webhookUrl !== undefined) {
      return answer(call, res, new TelegramApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"));
    }
    const poll = state.queue.poll(readPollRequest(payload));
    // Clients abort held polls (bot.stop(), the runner's stop); forgetting them frees their 30 s timer at once.
    res.on("close", () => {
      if (!res.writableFinished) poll.abandon();
    });
    poll.updates.then(
      (updates) => answer(call, res, updates),
      (error: unknown) => answer(call, res, error instanceof TelegramApiError ? error : new TelegramApiError(500, String(error))),
    );
  }

  function answer(call: RecordedCall, res: ServerResponse, outcome: unknown): void {
    if (res.writableEnded || res.destroyed) return;
    const status = outcome instanceof TelegramApiError ? outcome.errorCode : 200;
    sendTelegramJson(res, status, outcome instanceof TelegramApiError ? outcome.toBody() : { ok: true, result: outcome });
    call.status = status;
    callWaiters.offer(call);
  }

  function pushUpdate(update: Omit<Update, "update_id"> & { update_id?: number }): Update {
    return state.queue.push(update);
  }

  return {
    apiRoot,
    token,
    botUser,
    calls,
    sent: state.sent,
    pushUpdate,

    sendText(user, text, chatRef) {
      const from = toUser(user);
      const chat = chatRef ? toChat(chatRef, from) : chatOfUser(from);
      if (!state.chats.has(chat.id)) state.chats.set(chat.id, chat);
      const message = buildTextMessage(state.nextMessageId(), from, chat, text);
      state.messages.set(messageKey(chat.id, message.message_id), message);
      return pushUpdate({ message: message as Update["message"] });
    },

    sendDocument(user, file, caption, chatRef) {
      const from = toUser(user);
      const chat = chatRef ? toChat(chatRef, from) : chatOfUser(from);
      if (!state.chats.has(chat.id)) state.chats.set(chat.id, chat);
      const fileId = `f${state.uploads.size + 1}x${Date.now()}`;
      state.uploads.set(fileId, file);
      const message = buildDocumentMessage(state.nextMessageId(), from, chat, { fileId, name: file.name, size: file.bytes.length }, caption);
      state.messages.set(messageKey(chat.id, message.message_id), message);
      return pushUpdate({ message: message as Update["message"] });
    },

    pressButton(user, pressed, data) {
      const target = "message_id" in pressed ? pressed : pressed.message;
      const current = state.messages.get(messageKey(target.chat.id, target.message_id));
      if (!current) throw new Error(`fake Telegram: message ${target.message_id} in chat ${target.chat.id} no longer exists`);
      if (!callbackDataOf(current).includes(data)) {
        throw new Error(`fake Telegram: message ${target.message_id} has no button with callback_data "${data}" (any more)`);
      }
      const id = `cbq-${++lastCallbackId}`;
      state.callbackQueries.set(id, { answered: false });
      return pushUpdate({ callback_query: { id, from: toUser(user), message: current, chat_instance: `instance-${current.chat.id}`, data } });
    },

    waitForCall(method, predicate = () => true, timeoutMs = DEFAULT_WAIT_MS) {
      return callWaiters.waitFor(calls, (call) => call.method === method && predicate(call), timeoutMs, `matching ${method} call`);
    },

    waitForSent(predicate, timeoutMs = DEFAULT_WAIT_MS) {
      return sentWaiters.waitFor(state.sent, predicate, timeoutMs, "matching sent message");
    },

    failUntilCleared(method, failure) {
      standingFailures.set(method.toLowerCase(), failure);
    },

    clearFailures(method) {
      failures.delete(method.toLowerCase());
      standingFailures.delete(method.toLowerCase());
    },

    failNext(method, failure, times = 1) {
      const key = method.toLowerCase();
      failures.set(key, [...(failures.get(key) ?? []), ...Array.from({ length: times }, () => failure)]);
    },

    pendingUpdates: () => state.queue.pendingCount(),
    firstHandedOut: (updateId) => state.queue.firstHandedOut(updateId),
    heldPolls: () => state.queue.heldCount(),
    currentMessage: (chatId, messageId) => state.messages.get(messageKey(chatId, messageId)),
    unansweredCallbackQueries: () => [...state.callbackQueries].filter(([, query]) => !query.answered).map(([id]) => id),
    commands: (scope, languageCode) => state.commands.get(commandKey(scope, languageCode)) ?? [],

    async close() {
      callWaiters.rejectAll("fake Telegram closed");
      sentWaiters.rejectAll("fake Telegram closed");
      state.queue.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // grammY keeps HTTP connections alive: without this, close() waits for them to time out.
      server.closeAllConnections();
      await closed;
    },
  };
}
