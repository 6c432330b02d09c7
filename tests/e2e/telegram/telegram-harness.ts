import type { InlineKeyboardMarkup } from "@grammyjs/types";
import { TelegramAdapter, type TelegramAdapterOptions } from "../../../src/adapters/telegram/telegram-adapter";
import { unescapeHtml } from "../../../src/adapters/telegram/to-telegram-message";
import type { Repositories } from "../../../src/core/ports";
import type { Outgoing } from "../../../src/core/replies";
import type { OpenDatabase } from "../../../src/storage/open-database";
import { testCompanion } from "../../fakes/test-companion";
import { startFakeTelegram, type FakeTelegram, type FakeTelegramUser, type SentMessage } from "../../stand-ins/fake-telegram-api";
import { TEST_DATABASES } from "../../storage/databases";

/** A token the companion's config accepts (digits, colon, 20+ characters). */
export const FAKE_TOKEN = "7000000001:fake-telegram-token-for-tests";

/** What a person sees of one bot message: text without markup, and the button labels. */
export interface SeenMessage {
  text: string;
  buttons: string[];
  sent: SentMessage;
}

export function seen(sent: SentMessage): SeenMessage {
  const keyboard = sent.replyMarkup as InlineKeyboardMarkup | undefined;
  return { text: unescapeHtml(sent.text ?? ""), buttons: keyboard?.inline_keyboard?.flat().map((button) => button.text) ?? [], sent };
}

/** Resolves once `condition` holds; checks every few milliseconds, fails after `timeoutMs`. */
export async function eventually(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * The whole companion in this process: the real core on a temp SQLite database and a virtual
 * clock, the real Telegram adapter (real grammY) polling the stand-in.
 */
export async function startTelegramCompanion(
  options: { now?: string; adapter?: Partial<TelegramAdapterOptions>; storage?: (repos: Repositories) => Repositories } = {},
) {
  const fake = await startFakeTelegram({ token: FAKE_TOKEN });
  const database: OpenDatabase = await TEST_DATABASES[0]!.open();
  // A test may stand between the core and the database (to make storage hang, say).
  const repos = options.storage ? options.storage(database.repos) : database.repos;
  const companion = testCompanion({ repos, platform: "telegram", ...(options.now ? { now: options.now } : {}) });
  const adapter = new TelegramAdapter({
    core: companion.core,
    logger: companion.logger,
    token: fake.token,
    apiRoot: fake.apiRoot,
    botInfo: fake.botUser,
    pollTimeoutSeconds: 2,
    retry: { maxAttempts: 3, maxDelaySeconds: 1 },
    ...options.adapter,
  });
  await adapter.start();

  /** Every update pushed so far is handled and confirmed: the offset moves only once effects are stored. */
  const settled = () => eventually(() => fake.pendingUpdates() === 0, "the bot to confirm every update");

  /** Sends text (or a /command) as a person and returns what the bot sent in answer (to that chat). */
  async function say(user: FakeTelegramUser, text: string, chat?: Parameters<FakeTelegram["sendText"]>[2]): Promise<SeenMessage[]> {
    const before = fake.sent.length;
    fake.sendText(user, text, chat);
    await settled();
    return fake.sent.slice(before).filter((sent) => sent.chatId === (chat?.id ?? user.id)).map(seen);
  }

  /** Presses the button whose label matches, on the newest message in the person's chat that still shows one. */
  async function press(user: FakeTelegramUser, label: RegExp): Promise<SeenMessage[]> {
    const target = [...fake.sent]
      .reverse()
      .map((sent) => fake.currentMessage(sent.chatId, sent.message.message_id))
      .find((message) => message?.chat.id === user.id && message.reply_markup?.inline_keyboard.flat().some((button) => label.test(button.text)));
    if (!target) throw new Error(`no message with a button matching ${label}`);
    const button = target.reply_markup!.inline_keyboard.flat().find((candidate) => label.test(candidate.text))!;
    const before = fake.sent.length;
    fake.pressButton(user, target, "callback_data" in button ? button.callback_data : "");
    await settled();
    return fake.sent.slice(before).filter((sent) => sent.chatId === target.chat.id).map(seen);
  }

  /** The scheduler's minute: the core's tick at `at`, delivered through the adapter, outcomes recorded (as main.ts does). */
  async function tick(at: string): Promise<{ messages: SeenMessage[]; out: Outgoing[] }> {
    const before = fake.sent.length;
    companion.clock.set(new Date(at));
    const out = await companion.core.handleEvent({ kind: "tick", at: new Date(at) });
    const mine = out.filter((message) => message.to.platform === "telegram");
    const outcomes = await adapter.deliver(mine);
    for (const [index, message] of mine.entries()) {
      if (message.receipt) await companion.core.recordDelivery(message.receipt, outcomes[index] ?? "transient");
    }
    return { messages: fake.sent.slice(before).map(seen), out };
  }

  async function close(): Promise<void> {
    await adapter.stop();
    await fake.close();
    await database.close();
  }

  return { fake, database, companion, adapter, say, press, tick, settled, close };
}

export type TelegramCompanion = Awaited<ReturnType<typeof startTelegramCompanion>>;
