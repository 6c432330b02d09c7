import { randomBytes } from "node:crypto";
import { autoRetry } from "@grammyjs/auto-retry";
import { createConcurrentSink, createRunner, createSource, sequentialize, type RunnerHandle } from "@grammyjs/runner";
import { Bot, GrammyError } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import type { Core } from "../../core/handle-event";
import type { Logger } from "../../core/ports";
import type { DeliveryOutcome, Outgoing } from "../../core/replies";
import type { Adapter } from "../adapter";
import { OutgoingQueue, type QueueLimits } from "../outgoing-queue";
import { publishCommandMenu } from "./command-menu";
import { chatKeyOf } from "./from-telegram-update";
import { telegramFileDownloader } from "./download-telegram-file";
import { handleTelegramUpdate } from "./handle-telegram-update";
import { AnsweredUpdatesFile, NO_ANSWERED_RECORD, type AnsweredUpdates } from "./answered-updates";
import { ALLOWED_UPDATES, pollUpdates } from "./poll-updates";
import { retryNetworkErrors } from "./retry-network-errors";
import { deliveryOutcomeOf, errorFields, sendTelegramMessage } from "./send-telegram-message";
import { TELEGRAM_MESSAGES_PER_SECOND, TELEGRAM_PER_CHAT_INTERVAL_MS } from "./telegram-limits";
import { toTelegramMessages } from "./to-telegram-message";
import { UpdateLedger } from "./update-ledger";
import { startWebhookServer, type WebhookServer } from "./webhook-server";

export interface TelegramAdapterOptions {
  core: Core;
  logger: Logger;
  token: string;
  /** Bot API root, e.g. a local stand-in in tests. Unset: https://api.telegram.org. */
  apiRoot?: string;
  /** Webhook mode; unset means long polling. Without a secret, a random one is made at each start. */
  webhook?: { url: string; secret?: string; port: number; host?: string };
  /** What getMe would answer; skips that call (tests). */
  botInfo?: UserFromGetMe;
  /** Updates handled at once, across chats; one chat's updates always run in order. */
  concurrency?: number;
  /** Pace of scheduled messages (check-ins). Replies to a person are never queued behind them. */
  outgoingLimits?: QueueLimits;
  /** Long-poll timeout in seconds when idle. */
  pollTimeoutSeconds?: number;
  /** An update still running after this long is logged and let go, so one stuck call cannot stall the bot. */
  updateDeadlineMs?: number;
  /** How long stop() waits for updates in flight. */
  stopTimeoutMs?: number;
  /** 429 and 5xx retries (auto-retry): attempts and the longest retry_after honoured. */
  retry?: { maxAttempts?: number; maxDelaySeconds?: number };
  /**
   * A folder (beside the database) for the record of answered updates, so an update Telegram
   * sends again after a crash gets no second reply. Unset: nothing is kept across restarts.
   */
  answeredUpdatesDir?: string;
}

export const DEFAULT_OUTGOING_LIMITS: QueueLimits = {
  perSecond: TELEGRAM_MESSAGES_PER_SECOND,
  perRecipientIntervalMs: TELEGRAM_PER_CHAT_INTERVAL_MS,
  concurrency: 8,
};

const DEFAULTS = { concurrency: 100, pollTimeoutSeconds: 30, updateDeadlineMs: 60_000, stopTimeoutMs: 15_000, maxAttempts: 5, maxDelaySeconds: 60 };

export function createTelegramAdapter(options: TelegramAdapterOptions): Adapter {
  return new TelegramAdapter(options);
}

/** The companion on Telegram, on the real grammY: long polling (or a webhook) in, rendered replies out. */
export class TelegramAdapter implements Adapter {
  readonly platform = "telegram" as const;
  readonly bot: Bot;
  private readonly ledger = new UpdateLedger();
  private answered: AnsweredUpdates = NO_ANSWERED_RECORD;
  private readonly queue: OutgoingQueue<Outgoing>;
  private readonly webhookSecret: string | undefined;
  private runner: RunnerHandle | null = null;
  private webhookServer: WebhookServer | null = null;
  private stopping: Promise<void> | null = null;
  private readonly unfinishedDeliveries = new Set<() => void>();

  constructor(private readonly options: TelegramAdapterOptions) {
    const { logger } = options;
    this.bot = new Bot(options.token, {
      ...(options.apiRoot ? { client: { apiRoot: options.apiRoot } } : {}),
      ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    });
    // Installed last runs outermost: auto-retry waits out 429s and 5xx, the inner one bounded network retries.
    this.bot.api.config.use(retryNetworkErrors());
    this.bot.api.config.use(
      autoRetry({
        maxRetryAttempts: options.retry?.maxAttempts ?? DEFAULTS.maxAttempts,
        maxDelaySeconds: options.retry?.maxDelaySeconds ?? DEFAULTS.maxDelaySeconds,
        rethrowHttpErrors: true,
      }),
    );
    this.bot.catch((error) => logger.error({ event: "telegram-update", update: error.ctx.update.update_id, ...errorFields(error.error) }, "update failed"));
    // One chat's updates in arrival order; different chats side by side.
    this.bot.use(sequentialize((ctx) => chatKeyOf(ctx.update)));
    const downloadFile = telegramFileDownloader(this.bot.api, options.token, options.apiRoot, logger);
    this.bot.use(async (ctx) => {
      const updateId = ctx.update.update_id;
      // Sent again after a crash that came between the reply and the confirmation: its effects are
      // stored and the person has their answer, so nothing more is done.
      if (this.answered.has(updateId)) {
        logger.info({ event: "telegram-update", update: updateId }, "update was answered before a restart; not answering twice");
        return;
      }
      await handleTelegramUpdate({ core: options.core, logger, api: this.bot.api, botUsername: this.bot.botInfo.username, downloadFile }, ctx.update);
      try {
        this.answered.record(updateId);
      } catch (error) {
        logger.warn({ event: "telegram-update", update: updateId, ...errorFields(error) }, "could not record the update as answered");
      }
    });
    this.webhookSecret = options.webhook ? (options.webhook.secret ?? randomBytes(32).toString("hex")) : undefined;
    this.queue = new OutgoingQueue<Outgoing>(
      options.outgoingLimits ?? DEFAULT_OUTGOING_LIMITS,
      (message) => this.sendScheduled(message),
      (message) => message.to.platformUserId,
    );
  }

  /** The webhook server's port once started (0 in polling mode). */
  get webhookPort(): number {
    return this.webhookServer?.port ?? 0;
  }

  async start(): Promise<void> {
    const { logger, core, webhook } = this.options;
    await this.bot.init();
    if (this.options.answeredUpdatesDir) {
      try {
        this.answered = AnsweredUpdatesFile.inFolder(this.options.answeredUpdatesDir, this.options.token);
      } catch (error) {
        logger.warn({ event: "telegram-start", ...errorFields(error) }, "record of answered updates unavailable; a crash may repeat a reply");
      }
    }
    try {
      await publishCommandMenu(this.bot.api, core.commands.list);
    } catch (error) {
      logger.warn({ event: "telegram-commands", ...errorFields(error) }, "command menu not published");
    }
    if (webhook && this.webhookSecret) {
      this.webhookServer = await startWebhookServer({
        path: new URL(webhook.url).pathname,
        secret: this.webhookSecret,
        port: webhook.port,
        host: webhook.host ?? "0.0.0.0",
        logger,
        handle: (update) => this.handleAndSettle(update),
      });
      await this.bot.api.setWebhook(webhook.url, { secret_token: this.webhookSecret, allowed_updates: ALLOWED_UPDATES });
      logger.info({ event: "telegram-start", mode: "webhook", port: this.webhookServer.port }, "Telegram adapter listening");
      return;
    }
    // A webhook left over from an earlier deployment would make every poll fail with 409.
    await this.bot.api.deleteWebhook();
    this.startPolling();
    logger.info({ event: "telegram-start", mode: "polling" }, "Telegram adapter polling");
  }

  /**
   * An update counts as done, and is confirmed to Telegram, only once what it wrote is stored: a
   * crisis message answered while storage hung is sent again after a crash rather than lost. The
   * wait comes after the chat's turn ends, so the person's next message is not held behind it.
   */
  private async handleAndSettle(update: Update): Promise<void> {
    await this.bot.handleUpdate(update);
    await this.options.core.settled();
  }

  private startPolling(): void {
    const { logger } = this.options;
    const source = createSource(
      pollUpdates({
        api: this.bot.api,
        ledger: this.ledger,
        answered: this.answered,
        logger,
        timeoutSeconds: this.options.pollTimeoutSeconds ?? DEFAULTS.pollTimeoutSeconds,
      }),
    );
    const sink = createConcurrentSink<Update, unknown>(
      { consume: (update) => this.handleAndSettle(update).finally(() => this.ledger.complete(update.update_id)) },
      async (error) => logger.error({ event: "telegram-update", ...errorFields(error) }, "update failed"),
      {
        concurrency: this.options.concurrency ?? DEFAULTS.concurrency,
        timeout: {
          milliseconds: this.options.updateDeadlineMs ?? DEFAULTS.updateDeadlineMs,
          handler: (update) => {
            logger.error({ event: "telegram-update", update: update.update_id }, "update still running after its deadline; letting it go");
            this.ledger.complete(update.update_id);
          },
        },
      },
    );
    this.runner = createRunner(source, sink);
    this.runner.start();
    this.runner.task()?.catch((error: unknown) => {
      const refused = error instanceof GrammyError && error.error_code === 401;
      logger.error({ event: "telegram-poll", ...errorFields(error) }, refused ? "Telegram refused the bot token; polling stopped" : "polling stopped");
    });
  }

  /** Scheduled messages (check-ins), paced by the queue; one outcome each, for the core's bookkeeping. */
  deliver(messages: readonly Outgoing[]): Promise<DeliveryOutcome[]> {
    return Promise.all(messages.map((message) => this.deliverOne(message)));
  }

  private deliverOne(message: Outgoing): Promise<DeliveryOutcome> {
    if (this.stopping) return Promise.resolve("transient");
    return new Promise((resolve) => {
      // On stop, what is still queued is reported as "try again later", not left hanging.
      const cutShort = () => resolve("transient");
      this.unfinishedDeliveries.add(cutShort);
      this.queue
        .push(message)
        .then(
          (): DeliveryOutcome => "sent",
          (error: unknown) => {
            this.options.logger.warn({ event: "telegram-deliver", kind: message.reply.kind, ...errorFields(error) }, "scheduled message not delivered");
            return deliveryOutcomeOf(error);
          },
        )
        .then((outcome) => {
          this.unfinishedDeliveries.delete(cutShort);
          resolve(outcome);
        });
    });
  }

  private async sendScheduled(message: Outgoing): Promise<void> {
    const chatId = Number(message.to.platformUserId);
    if (!Number.isSafeInteger(chatId)) throw new Error("not a Telegram user id");
    // In a private chat the chat id is the person's user id.
    for (const part of toTelegramMessages(message.reply)) await sendTelegramMessage(this.bot.api, chatId, part);
  }

  /** Stops taking updates, finishes those in flight, then confirms them to Telegram. */
  stop(): Promise<void> {
    this.stopping ??= this.shutDown();
    return this.stopping;
  }

  private async shutDown(): Promise<void> {
    const { logger } = this.options;
    await this.runner?.stop()?.catch(() => undefined);
    await this.webhookServer?.close();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), this.options.stopTimeoutMs ?? DEFAULTS.stopTimeoutMs)));
    const drained = await Promise.race([this.ledger.drained().then(() => "drained" as const), timeout]);
    clearTimeout(timer);
    if (drained === "timeout") logger.warn({ event: "telegram-stop", inFlight: this.ledger.inFlightCount }, "stopping with updates still in flight; Telegram will send them again");
    const offset = this.ledger.offset();
    if (this.runner && offset !== undefined) {
      // The last poll confirms what finished since the one before; the rest stays with Telegram.
      const confirmed = await this.bot.api.getUpdates({ offset, limit: 1, timeout: 0 }).then(
        () => true,
        () => false,
      );
      if (confirmed) this.answered.confirmedBelow(offset);
    }
    this.answered.close();
    this.answered = NO_ANSWERED_RECORD;
    this.queue.stop();
    for (const cutShort of this.unfinishedDeliveries) cutShort();
    this.unfinishedDeliveries.clear();
    logger.info({ event: "telegram-stop" }, "Telegram adapter stopped");
  }
}
