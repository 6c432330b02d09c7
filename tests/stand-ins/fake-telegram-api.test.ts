import { autoRetry } from "@grammyjs/auto-retry";
import { run } from "@grammyjs/runner";
import { Bot, GrammyError, InlineKeyboard, InputFile } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeTelegram } from "./fake-telegram-api";
import type { FakeTelegram } from "./fake-telegram-api";

const SAM = { id: 4242, first_name: "Sam" };
const ALEX = { id: 4343, first_name: "Alex" };
const PEER_GROUP = { id: -1_001_234_567_890, type: "supergroup" as const, title: "Peer support" };
const FAST_429 = { error_code: 429, description: "Too Many Requests: retry after 0.05", retry_after: 0.05 };

let fake: FakeTelegram | undefined;
let stoppers: (() => Promise<unknown>)[] = [];
let botErrors: unknown[] = [];
let pollingFailures: unknown[] = [];

async function setUp(options: { announceBotInfo?: boolean } = {}): Promise<{ fake: FakeTelegram; bot: Bot }> {
  fake = await startFakeTelegram();
  const bot = new Bot(fake.token, {
    client: { apiRoot: fake.apiRoot },
    ...(options.announceBotInfo === false ? {} : { botInfo: fake.botUser }),
  });
  bot.catch((error) => void botErrors.push(error.error));
  return { fake, bot };
}

/** bot.start() in the background; cleanup stops it and waits for the loop to end. */
function startPolling(bot: Bot): void {
  const ended = bot.start().catch((error: unknown) => void pollingFailures.push(error));
  stoppers.push(async () => {
    if (bot.isRunning()) await bot.stop();
    await ended;
  });
}

async function grammyErrorFrom(call: Promise<unknown>): Promise<GrammyError> {
  const error = await call.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  if (!(error instanceof GrammyError)) throw new Error(`expected a GrammyError, got ${String(error)}`);
  return error;
}

/** Open TCP servers and sockets in this process; the test runner itself talks over IPC, not TCP. */
function openTcpHandles(): number {
  return process.getActiveResourcesInfo().filter((kind) => kind === "TCPServerWrap" || kind === "TCPSocketWrap").length;
}

// Closed sockets and aborted requests are noticed a few event-loop turns later; give them those turns, no wall-clock wait.
async function afterLoopTurns<T>(read: () => T, expected: T): Promise<T> {
  for (let turn = 0; turn < 50 && read() !== expected; turn += 1) {
    await new Promise((resolve) => setImmediate(resolve));
  }
  return read();
}

afterEach(async () => {
  try {
    for (const stop of stoppers.reverse()) await stop();
  } finally {
    await fake?.close();
    fake = undefined;
    stoppers = [];
  }
  const errors = { botErrors, pollingFailures };
  botErrors = [];
  pollingFailures = [];
  expect(errors).toEqual({ botErrors: [], pollingFailures: [] });
});

describe("fake Telegram Bot API driven by the real grammY", () => {
  it("answers /start, delivered to a held long poll, with an inline keyboard", async () => {
    const { fake, bot } = await setUp({ announceBotInfo: false });
    bot.command("start", (ctx) =>
      ctx.reply(`Hi ${ctx.from?.first_name}. How are you arriving today?`, {
        reply_markup: new InlineKeyboard().text("Steady", "mood:steady").text("Shaky", "mood:shaky"),
      }),
    );
    startPolling(bot);
    await fake.waitForCall("getUpdates", (call) => call.payload.timeout === 30);

    fake.sendText(SAM, "/start");
    const reply = await fake.waitForSent(() => true);

    expect(fake.calls.slice(0, 3).map((call) => call.method)).toEqual(["getMe", "deleteWebhook", "getUpdates"]);
    expect(reply.chatId).toBe(SAM.id);
    expect(reply.text).toBe("Hi Sam. How are you arriving today?");
    expect(reply.message.from?.id).toBe(fake.botUser.id);
    expect(reply.message.chat).toMatchObject({ id: SAM.id, type: "private" });
    // Seconds, as on Telegram: a date in milliseconds would be thousands of years ahead.
    expect(reply.message.date).toBeLessThan(Date.now() / 1000 + 60);
    expect(reply.message.reply_markup?.inline_keyboard[0]?.map((button) => button.text)).toEqual(["Steady", "Shaky"]);
  });

  it("runs a button press: the query is answered and the keyboard is replaced", async () => {
    const { fake, bot } = await setUp();
    bot.command("start", (ctx) => ctx.reply("How are you?", { reply_markup: new InlineKeyboard().text("Steady", "mood:steady") }));
    bot.callbackQuery("mood:steady", async (ctx) => {
      await ctx.answerCallbackQuery({ text: "Noted" });
      await ctx.editMessageReplyMarkup({ reply_markup: new InlineKeyboard().text("Undo", "mood:undo") });
    });
    startPolling(bot);

    fake.sendText(SAM, "/start");
    const question = await fake.waitForSent((sent) => sent.text === "How are you?");
    const press = fake.pressButton(SAM, question, "mood:steady");
    await fake.waitForCall("editMessageReplyMarkup", (call) => call.status === 200);

    const answer = await fake.waitForCall("answerCallbackQuery");
    expect(answer.payload).toMatchObject({ callback_query_id: press.callback_query?.id, text: "Noted" });
    expect(fake.unansweredCallbackQueries()).toEqual([]);
    const now = fake.currentMessage(SAM.id, question.message.message_id);
    expect(now?.reply_markup?.inline_keyboard.flat().map((button) => button.text)).toEqual(["Undo"]);
    // The old button is gone, so a person can no longer press it.
    expect(() => fake.pressButton(SAM, question, "mood:steady")).toThrow(/no button/);
  });

  it("survives two 429s with a fractional retry_after through auto-retry, sending the reply once", async () => {
    const { fake, bot } = await setUp();
    bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 1, rethrowHttpErrors: true, rethrowInternalServerErrors: true }));
    bot.on("message:text", (ctx) => ctx.reply("I'm here."));
    fake.failNext("sendMessage", FAST_429, 2);
    startPolling(bot);

    fake.sendText(SAM, "are you there?");
    await fake.waitForCall("sendMessage", (call) => call.status === 200);

    const attempts = fake.calls.filter((call) => call.method === "sendMessage");
    expect(attempts.map((call) => call.status)).toEqual([429, 429, 200]);
    expect(fake.sent.map((sent) => sent.text)).toEqual(["I'm here."]);
  });

  it("hands injected failures to grammY as GrammyError with code, description and retry_after", async () => {
    const { fake, bot } = await setUp();
    fake.failNext("sendMessage", FAST_429);
    fake.failNext("sendMessage", { error_code: 403, description: "Forbidden: bot was blocked by the user" });

    const limited = await grammyErrorFrom(bot.api.sendMessage(SAM.id, "one"));
    const blocked = await grammyErrorFrom(bot.api.sendMessage(SAM.id, "two"));
    await bot.api.sendMessage(SAM.id, "three");

    expect(limited).toMatchObject({ error_code: 429, parameters: { retry_after: 0.05 } });
    expect(blocked).toMatchObject({ error_code: 403, description: "Forbidden: bot was blocked by the user" });
    expect(fake.sent.map((sent) => sent.text)).toEqual(["three"]);
  });

  it("receives a photo and a document uploaded from Buffers, bytes intact, with caption and keyboard", async () => {
    const { fake, bot } = await setUp();
    // Every byte value, including CR, LF and dashes that could be mistaken for a multipart boundary.
    const picture = Buffer.from(Array.from({ length: 70_000 }, (_, index) => (index * 7 + 13) % 256));
    const journal = Buffer.from("Tuesday: slept badly, walked anyway.\r\n--not a boundary--\r\n", "utf8");
    bot.command("calm", async (ctx) => {
      await ctx.replyWithPhoto(new InputFile(picture, "breathing.png"), {
        caption: "Breathe with the square.",
        reply_markup: new InlineKeyboard().text("Again", "breathe:again"),
      });
      await ctx.replyWithDocument(new InputFile(journal, "journal.txt"));
    });
    startPolling(bot);

    fake.sendText(SAM, "/calm");
    const document = await fake.waitForSent((sent) => sent.method === "sendDocument");
    const photo = fake.sent.find((sent) => sent.method === "sendPhoto");

    expect(photo?.chatId).toBe(SAM.id);
    expect(photo?.text).toBe("Breathe with the square.");
    expect(photo?.files).toHaveLength(1);
    expect(photo?.files[0]).toMatchObject({ field: "photo", fileName: "breathing.png", size: picture.length });
    expect(photo?.files[0]?.bytes.equals(picture)).toBe(true);
    expect(photo?.message.photo?.[0]?.file_size).toBe(picture.length);
    expect(photo?.message.reply_markup?.inline_keyboard[0]?.[0]).toMatchObject({ callback_data: "breathe:again" });
    expect(document.files[0]).toMatchObject({ field: "document", fileName: "journal.txt", size: journal.length });
    expect(document.files[0]?.bytes.equals(journal)).toBe(true);
    expect(document.message.document?.file_name).toBe("journal.txt");
  });

  it("redelivers an update nobody confirmed, and forgets it once the bot's offset moves past it", async () => {
    const { fake, bot } = await setUp();
    fake.sendText(SAM, "still there?");
    // A previous run fetched the update and crashed before its next poll confirmed it.
    const [fetched] = await bot.api.getUpdates({ timeout: 0 });
    expect(fetched?.message?.text).toBe("still there?");
    expect(fake.pendingUpdates()).toBe(1);

    const seen: string[] = [];
    bot.on("message:text", (ctx) => void seen.push(ctx.message.text));
    startPolling(bot);
    await fake.waitForCall("getUpdates", (call) => call.payload.offset === (fetched?.update_id ?? 0) + 1);
    await bot.stop();

    expect(seen).toEqual(["still there?"]);
    expect(fake.pendingUpdates()).toBe(0);
    const afterRestart = await bot.api.getUpdates({ offset: 0, timeout: 0 });
    expect(afterRestart).toEqual([]);
  });

  it("serves @grammyjs/runner: a private chat and a group are answered and the batch is confirmed on stop", async () => {
    const { fake, bot } = await setUp();
    bot.on("message:text", (ctx) => ctx.reply(`Heard you, ${ctx.from.first_name}.`));
    const handle = run(bot);
    stoppers.push(async () => {
      if (handle.isRunning()) await handle.stop();
    });

    fake.sendText(SAM, "hello");
    fake.sendText(ALEX, "hi", PEER_GROUP);
    await fake.waitForSent((sent) => sent.chatId === SAM.id);
    await fake.waitForSent((sent) => sent.chatId === PEER_GROUP.id);
    await handle.stop();

    expect(fake.sent.map((sent) => `${sent.message.chat.type}: ${sent.text}`).sort()).toEqual([
      "private: Heard you, Sam.",
      "supergroup: Heard you, Alex.",
    ]);
    expect(fake.pendingUpdates()).toBe(0);
  });

  it("keeps Telegram's protocol answers: 401, 404, and 409 for a second poller or an active webhook", async () => {
    const { fake, bot } = await setUp();
    const wrongToken = new Bot("1:not-the-token", { client: { apiRoot: fake.apiRoot }, botInfo: fake.botUser });
    // grammY's raw API is a proxy: any method name becomes a request.
    const raw = bot.api.raw as unknown as { sendHug(payload: object): Promise<unknown> };

    expect(await grammyErrorFrom(wrongToken.api.getMe())).toMatchObject({ error_code: 401, description: "Unauthorized" });
    expect(await grammyErrorFrom(raw.sendHug({}))).toMatchObject({
      error_code: 404,
      description: "Not Found: method not found",
    });

    // The fake never calls a webhook; the URL only switches getUpdates off, as on Telegram.
    await bot.api.setWebhook("https://127.0.0.1:8443/hook");
    expect(await grammyErrorFrom(bot.api.getUpdates({ timeout: 0 }))).toMatchObject({ error_code: 409 });
    await bot.api.deleteWebhook();

    const first = bot.start();
    stoppers.push(async () => {
      if (bot.isRunning()) await bot.stop();
      await first.catch(() => undefined);
    });
    await fake.waitForCall("getUpdates", (call) => call.payload.timeout === 30);
    const second = new Bot(fake.token, { client: { apiRoot: fake.apiRoot }, botInfo: fake.botUser });
    startPolling(second);
    await expect(first).rejects.toMatchObject({ error_code: 409, description: expect.stringMatching(/terminated by other getUpdates/) });
  });

  it("stores commands per scope and rejects command names Telegram refuses", async () => {
    const { fake, bot } = await setUp();
    await bot.api.setMyCommands([{ command: "checkin", description: "A short check-in" }]);
    await bot.api.setMyCommands([{ command: "help", description: "What I can do" }], { scope: { type: "all_private_chats" } });

    expect(fake.commands().map((command) => command.command)).toEqual(["checkin"]);
    expect(await bot.api.getMyCommands({ scope: { type: "all_private_chats" } })).toEqual([{ command: "help", description: "What I can do" }]);
    expect(await grammyErrorFrom(bot.api.setMyCommands([{ command: "CheckIn", description: "x" }]))).toMatchObject({
      error_code: 400,
      description: "Bad Request: BOT_COMMAND_INVALID",
    });
    await bot.api.deleteMyCommands();
    expect(fake.commands()).toEqual([]);
  });

  it("leaves no held poll (with its timer), server or socket behind once the bot stops and the fake closes", async () => {
    // Sockets of the previous test may still be closing; only this test's own are judged.
    expect(await afterLoopTurns(openTcpHandles, 0)).toBe(0);
    const { fake, bot } = await setUp();
    bot.on("message:text", (ctx) => ctx.reply("ok"));
    startPolling(bot);
    await fake.waitForCall("getUpdates", (call) => call.payload.timeout === 30);
    fake.sendText(SAM, "hi");
    await fake.waitForSent(() => true);
    await stoppers.pop()?.();
    expect(fake.heldPolls()).toBe(0);

    // A client that gives up on a held poll (the runner's stop does) must not leave a 30 s timer running.
    const abort = new AbortController();
    // grammY's typings name the abort-controller polyfill; at run time it accepts Node's own signal.
    const signal = abort.signal as Parameters<typeof bot.api.getUpdates>[1];
    const abandoned = bot.api.getUpdates({ timeout: 30 }, signal).catch(() => []);
    await fake.waitForCall("getUpdates", (call) => call.payload.timeout === 30 && call.status === undefined);
    expect(fake.heldPolls()).toBe(1);
    abort.abort();
    await abandoned;
    expect(await afterLoopTurns(() => fake.heldPolls(), 0)).toBe(0);

    // A poll still held when the fake closes must end with it.
    const heldFrom = fake.calls.length;
    const held = bot.api.getUpdates({ timeout: 30 }).catch(() => []);
    await fake.waitForCall("getUpdates", (call) => fake.calls.indexOf(call) >= heldFrom);
    await fake.close();
    await held;

    expect(fake.heldPolls()).toBe(0);
    expect(await afterLoopTurns(openTcpHandles, 0)).toBe(0);
  });

  it("edits and deletes like Telegram: a text edit drops the keyboard, an identical edit is refused", async () => {
    const { fake, bot } = await setUp();
    fake.sendText(SAM, "hi");
    const sent = await bot.api.sendMessage(SAM.id, "Draft", { reply_markup: new InlineKeyboard().text("OK", "ok") });
    await bot.api.sendChatAction(SAM.id, "typing");

    const edited = await bot.api.editMessageText(SAM.id, sent.message_id, "Final");
    const unchanged = await grammyErrorFrom(bot.api.editMessageText(SAM.id, sent.message_id, "Final"));
    await bot.api.deleteMessage(SAM.id, sent.message_id);
    const gone = await grammyErrorFrom(bot.api.deleteMessage(SAM.id, sent.message_id));

    expect(edited).toMatchObject({ text: "Final", message_id: sent.message_id });
    expect(edited).not.toHaveProperty("reply_markup");
    expect(unchanged.description).toMatch(/message is not modified/);
    expect(gone.description).toBe("Bad Request: message to delete not found");
    expect(fake.currentMessage(SAM.id, sent.message_id)).toBeUndefined();
  });

  it("times what it hands out and accepts, for benchmarks: first hand-out per update, acceptance per sent message", async () => {
    const { fake, bot } = await setUp();
    const update = fake.sendText(SAM, "hi");
    expect(fake.firstHandedOut(update.update_id)).toBeUndefined();
    await bot.api.getUpdates({ timeout: 0 });
    const first = fake.firstHandedOut(update.update_id)!;
    // Handed out again (not yet confirmed): the first time stays.
    await bot.api.getUpdates({ timeout: 0 });
    expect(fake.firstHandedOut(update.update_id)).toBe(first);
    await bot.api.sendMessage(SAM.id, "hello");
    expect(fake.sent[0]!.sentAt).toBeGreaterThanOrEqual(first);
  });
});
