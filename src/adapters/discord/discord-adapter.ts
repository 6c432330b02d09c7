import { Client, Events, GatewayIntentBits, Options, Partials, RESTEvents } from "discord.js";
import type { Interaction, Message, RESTOptions } from "discord.js";
import type { UserEvent } from "../../core/events";
import type { Core } from "../../core/handle-event";
import { isSafetyRequest } from "../../core/features/safety/is-safety-request";
import type { Logger } from "../../core/ports";
import type { DeliveryOutcome, Outgoing, Reply } from "../../core/replies";
import { hashUserId } from "../../logging/create-logger";
import type { Adapter } from "../adapter";
import { OutgoingQueue, type QueueLimits } from "../outgoing-queue";
import { answerInteraction } from "./answer-interaction";
import { deliveryOutcomeOf, errorFields } from "./delivery-outcome";
import { downloadAttachment } from "./download-attachment";
import { fromDiscordMessage } from "./from-discord-message";
import { sendReplies } from "./send-replies";
import { SerialByKey } from "./serial-by-key";

export interface DiscordAdapterOptions {
  core: Core;
  logger: Logger;
  token: string;
  applicationId?: string;
  /** REST API root, e.g. http://127.0.0.1:PORT/api for a local stand-in. Unset: Discord's own. */
  apiRoot?: string;
  /** Pace of scheduled messages (check-ins). The default stays well inside Discord's 50 requests a second. */
  queueLimits?: QueueLimits;
  /** An interaction with no answer after this long is deferred; Discord allows 3,000 ms. */
  deferAfterMs?: number;
  /** REST client settings; the defaults match Discord's (50 requests a second; benchmarks lift it to measure the stack alone). */
  rest?: Pick<Partial<RESTOptions>, "globalRequestsPerSecond" | "retries" | "timeout">;
  /** Called once everything for one DM or interaction (by its Discord id) was handled: for tests and benchmarks. */
  onHandled?: (discordId: string) => void;
}

/** Each check-in needs a DM channel and a message: two requests, so 20 people a second is 40 of Discord's 50. */
export const DISCORD_QUEUE_LIMITS: QueueLimits = { perSecond: 20, perRecipientIntervalMs: 1000, concurrency: 8 };
export const DISCORD_DEFER_AFTER_MS = 1200;
/** How many recent DM and interaction ids are remembered, so one Discord delivers twice is answered once. */
const RECENT_IDS_KEPT = 5_000;

/**
 * The Discord adapter on discord.js 14. Listens to DMs and interactions only: the intents are
 * Guilds and DirectMessages, with no privileged Message Content intent, because the companion never
 * reads server channels. Personal replies go to DMs; in servers it answers only to the person.
 */
export class DiscordAdapter implements Adapter {
  readonly platform = "discord" as const;
  private readonly client: Client;
  private readonly queue: OutgoingQueue<Outgoing>;
  private readonly serial = new SerialByKey();
  private readonly inFlight = new Set<Promise<void>>();
  // Insertion-ordered, so the oldest id is dropped first. (The core also stores each event at most once.)
  private readonly recentIds = new Set<string>();
  private stopping = false;

  constructor(private readonly options: DiscordAdapterOptions) {
    this.client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
      // Without the channel partial discord.js silently drops a DM whose channel it has not cached.
      partials: [Partials.Channel],
      allowedMentions: { parse: [] },
      rest: { ...options.rest, ...(options.apiRoot ? { api: options.apiRoot } : {}) },
      // People's messages are not kept in memory: the core has what it needs.
      makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
    });
    this.queue = new OutgoingQueue<Outgoing>(
      options.queueLimits ?? DISCORD_QUEUE_LIMITS,
      async (message) => void (await this.sendDm(message.to.platformUserId, [message.reply])),
      (message) => message.to.platformUserId,
    );
    this.listen();
  }

  async start(): Promise<void> {
    const ready = new Promise<void>((resolve) => this.client.once(Events.ClientReady, () => resolve()));
    await this.client.login(this.options.token);
    await ready;
    this.options.logger.info({ event: "discord-ready", guilds: this.client.guilds.cache.size }, "connected to Discord");
    const { applicationId } = this.options;
    if (applicationId && this.client.application?.id !== applicationId) {
      // Slash commands registered for another application would never show up for this bot.
      this.options.logger.warn({ event: "discord-config" }, "DISCORD_APPLICATION_ID is not this bot's application; check both values in the Developer Portal");
    }
  }

  async deliver(messages: readonly Outgoing[]): Promise<DeliveryOutcome[]> {
    return Promise.all(
      messages.map(async (message): Promise<DeliveryOutcome> => {
        try {
          await this.queue.push(message);
          return "sent";
        } catch (error) {
          const outcome = deliveryOutcomeOf(error);
          this.options.logger.warn(
            { event: "discord-deliver", kind: message.reply.kind, outcome, user: hashUserId(message.to.platformUserId), ...errorFields(error) },
            "scheduled message not delivered",
          );
          return outcome;
        }
      }),
    );
  }

  /** Stops taking new events, lets the ones in flight finish (they still need the core), then disconnects. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.inFlight]);
    this.queue.stop();
    await this.client.destroy();
  }

  /** Sends replies to a person's DM, opening the DM channel if needed; resolves with its id. */
  private async sendDm(userId: string, replies: readonly Reply[]): Promise<string> {
    const channel = await this.client.users.createDM(userId);
    await sendReplies(channel, replies, this.options.logger);
    return channel.id;
  }

  /** A person's events run in order; a safety request never waits behind their earlier ones. */
  private runForUser(event: UserEvent, work: () => Promise<Outgoing[]>): Promise<Outgoing[]> {
    return isSafetyRequest(event) ? work() : this.serial.run(event.user.platformUserId, work);
  }

  private async answerDirectMessage(message: Message): Promise<void> {
    const event = fromDiscordMessage({
      id: message.id,
      authorId: message.author.id,
      authorIsBot: message.author.bot,
      isSystem: message.system,
      guildId: message.guildId,
      content: message.content,
    });
    // Server messages never arrive without the GuildMessages intent; if one did, it is not for us.
    if (!event || event.chat === "group" || !message.channel.isSendable()) return;
    const attached = message.attachments.first();
    if (attached && event.kind === "command" && event.name === "import") {
      const file = await downloadAttachment(attached, this.options.logger);
      if (file) event.file = file;
    }
    this.options.logger.debug({ event: "discord-dm", kind: event.kind, message: message.id, user: hashUserId(message.author.id) }, "direct message");
    const outgoing = await this.runForUser(event, () => this.options.core.handleEvent(event));
    await sendReplies(message.channel, outgoing.map((o) => o.reply), this.options.logger);
  }

  /** Runs a handler so that stop() can wait for it and an error is logged, never thrown at discord.js. */
  private track(discordId: string, kind: string, work: () => Promise<void>): void {
    if (this.stopping) return;
    if (this.recentIds.has(discordId)) {
      this.options.logger.debug({ event: kind, id: discordId }, "already handled; skipped");
      this.options.onHandled?.(discordId);
      return;
    }
    this.recentIds.add(discordId);
    if (this.recentIds.size > RECENT_IDS_KEPT) this.recentIds.delete(this.recentIds.values().next().value!);
    const running: Promise<void> = work()
      .catch((error: unknown) => this.options.logger.error({ event: kind, id: discordId, ...errorFields(error) }, "Discord event failed"))
      .finally(() => {
        this.inFlight.delete(running);
        this.options.onHandled?.(discordId);
      });
    this.inFlight.add(running);
  }

  private listen(): void {
    const { logger } = this.options;
    this.client.on(Events.MessageCreate, (message: Message) => this.track(message.id, "discord-dm", () => this.answerDirectMessage(message)));
    this.client.on(Events.InteractionCreate, (interaction: Interaction) =>
      this.track(interaction.id, "discord-interaction", () =>
        answerInteraction(interaction, {
          core: this.options.core,
          logger,
          deferAfterMs: this.options.deferAfterMs ?? DISCORD_DEFER_AFTER_MS,
          runForUser: (event, work) => this.runForUser(event, work),
          sendDm: (userId, replies) => this.sendDm(userId, replies),
        }),
      ),
    );
    // A listener's rejection becomes an 'error' event, which would end the process if nobody listened.
    this.client.on(Events.Error, (error) => logger.error({ event: "discord-client", ...errorFields(error) }, "Discord client error"));
    this.client.on(Events.ShardDisconnect, (closeEvent) => logger.warn({ event: "discord-gateway", code: closeEvent.code }, "gateway disconnected"));
    this.client.on(Events.ShardReconnecting, () => logger.info({ event: "discord-gateway" }, "gateway reconnecting"));
    this.client.on(Events.ShardResume, (_shard, replayed) => logger.info({ event: "discord-gateway", replayed }, "gateway resumed"));
    this.client.rest.on(RESTEvents.RateLimited, (info) =>
      logger.info({ event: "discord-rate-limited", route: info.route, retryAfterMs: info.retryAfter, global: info.global }, "waiting out a rate limit"),
    );
  }
}

export function createDiscordAdapter(options: DiscordAdapterOptions): Adapter {
  return new DiscordAdapter(options);
}
