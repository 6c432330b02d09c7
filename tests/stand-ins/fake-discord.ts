import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ChannelType, GatewayDispatchEvents, GatewayIntentBits, MessageFlags } from "discord-api-types/v10";
import type {
  APIApplicationCommand,
  APIChatInputApplicationCommandInteraction,
  APIMessage,
  APIMessageComponentButtonInteraction,
  APIModalSubmitInteraction,
  APIUser,
  GatewayIdentifyData,
  GatewayResumeData,
} from "discord-api-types/v10";
import { attachFakeGateway } from "./discord/gateway";
import type { DropGatewayOptions } from "./discord/gateway";
import { sendJson } from "./discord/http-io";
import { buildButtonPress, buildModalSubmit, buildSlashCommand } from "./discord/interaction-payloads";
import type { InteractionPlace, SlashOptions } from "./discord/interaction-payloads";
import { fillModal } from "./discord/modal-submission";
import { buildBotUser, buildGuildCreate, buildGuildTextChannel, buildMessage, buildReady, createSnowflakeSource } from "./discord/payloads";
import type { FakeGuild, FakeUserRef } from "./discord/payloads";
import { handleRestRequest } from "./discord/rest-router";
import type { DiscordRouteKey, InjectedFailure, RecordedRequest } from "./discord/rest-router";
import { ensureDmChannel, rememberUser } from "./discord/state";
import type { FakeDiscordState, RecordedCallback } from "./discord/state";

export type { DiscordRouteKey, DropGatewayOptions, FakeGuild, FakeUserRef, InjectedFailure, RecordedCallback, RecordedRequest, SlashOptions };

/** How to start the fake. Every field has a default; guilds are announced at READY with one text channel each. */
export interface StartFakeDiscordOptions {
  token?: string;
  /** Also the bot user's id, as on Discord. */
  applicationId?: string;
  botUsername?: string;
  guilds?: { id: string; name?: string; channelIds?: string[] }[];
  /** Users who refuse DMs from the bot: messages to them fail with 50007. */
  closedDmUserIds?: string[];
  /** HELLO's heartbeat interval; make it small to test zombie detection. */
  heartbeatIntervalMs?: number;
}

/** A Discord stand-in on 127.0.0.1: REST under /api/v10 and the gateway on the same port. */
export interface FakeDiscord {
  /** Pass as discord.js `rest.api`; the library adds /v10 itself. */
  readonly apiBase: string;
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: APIUser;
  readonly guilds: readonly FakeGuild[];
  /** Every REST call, answered, in order. */
  readonly requests: readonly RecordedRequest[];
  readonly identifyPayloads: readonly GatewayIdentifyData[];
  readonly resumePayloads: readonly GatewayResumeData[];
  /** Every accepted interaction callback (reply 4, defer 5/6, update 7, modal 9). */
  readonly interactionCallbacks: readonly RecordedCallback[];
  /** A user's DM with the bot sends MESSAGE_CREATE (channel_type 1); waits for a live gateway session. */
  /** A DM from a person, with files attached if given (served back at their attachment URLs). */
  sendDm(user: FakeUserRef, content: string, files?: { name: string; bytes: Uint8Array }[]): Promise<APIMessage>;
  /** Sends a DM's MESSAGE_CREATE again, as Discord may after a resume: the same message, the same id. */
  redeliverDm(message: APIMessage): Promise<void>;
  /** INTERACTION_CREATE type 2 for a registered command, in the user's DM unless `guildId` is given. */
  slashCommand(
    user: FakeUserRef,
    name: string,
    options?: SlashOptions,
    place?: { guildId?: string; channelId?: string },
  ): Promise<APIChatInputApplicationCommandInteraction>;
  /** INTERACTION_CREATE type 3 for a button that must exist on the message's current version. */
  pressButton(user: FakeUserRef, message: APIMessage, customId: string, place?: { guildId?: string }): Promise<APIMessageComponentButtonInteraction>;
  /** INTERACTION_CREATE type 5 answering the latest modal with this custom id shown to this user. */
  submitModal(user: FakeUserRef, customId: string, fields: Record<string, string>, place?: { guildId?: string }): Promise<APIModalSubmitInteraction>;
  /** Resolves with the first logged request (past or future) that matches; rejects after `timeoutMs`. */
  waitForRequest(predicate: (request: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  /** What the bot has posted in a channel, current versions (after edits), ephemeral ones included. */
  messagesTo(channelId: string): APIMessage[];
  /** Everything the bot has posted anywhere, current versions, in the order it was first posted. */
  botMessages(): APIMessage[];
  /** Calls `listener` with each REST call as it is answered (benchmarks time replies with it); returns an unsubscribe. */
  onRequest(listener: (request: RecordedRequest) => void): () => void;
  /** The user's DM channel id, created on first use. */
  dmChannelIdOf(user: FakeUserRef): string;
  /** Makes the user refuse DMs from now on (50007 on message create). */
  closeDms(userId: string): void;
  /** Commands registered globally, or for one guild. */
  commands(guildId?: string): APIApplicationCommand[];
  /** Answers the next call(s) of a route with an error instead of handling them. */
  failNext(route: DiscordRouteKey, failure: InjectedFailure): void;
  /** Drops every gateway connection (close 4000 by default, so the client resumes). */
  dropGateway(options?: DropGatewayOptions): void;
  close(): Promise<void>;
}

const DEFAULT_WAIT_MS = 5_000;

interface RequestWaiter {
  predicate: (request: RecordedRequest) => boolean;
  resolve: (request: RecordedRequest) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export async function startFakeDiscord(options: StartFakeDiscordOptions = {}): Promise<FakeDiscord> {
  const nextId = createSnowflakeSource();
  const applicationId = options.applicationId ?? nextId();
  const guilds: FakeGuild[] = (options.guilds ?? []).map((guild) => ({
    id: guild.id,
    name: guild.name ?? `guild-${guild.id.slice(-4)}`,
    channelIds: guild.channelIds ?? [nextId()],
  }));
  const state: FakeDiscordState = {
    token: options.token ?? "fake-discord-token",
    applicationId,
    botUser: buildBotUser(applicationId, options.botUsername ?? "Between"),
    guilds,
    nextId,
    users: new Map(),
    channels: new Map(),
    dmChannelByUserId: new Map(),
    closedDmUserIds: new Set(options.closedDmUserIds ?? []),
    messages: new Map(),
    interactions: new Map(),
    callbacks: [],
    uploads: new Map(),
    commands: new Map(),
    baseUrl: "",
    onBotMessageCreated: (message) => echoBotMessage(message),
  };
  for (const guild of guilds) {
    guild.channelIds.forEach((id, index) => state.channels.set(id, buildGuildTextChannel(id, guild.id, index)));
  }
  const requests: RecordedRequest[] = [];
  const failures = new Map<DiscordRouteKey, InjectedFailure[]>();
  let requestWaiters: RequestWaiter[] = [];
  const requestListeners = new Set<(request: RecordedRequest) => void>();

  const server = createServer((req, res) => {
    handleRestRequest(state, failures, req, res).then(record, (error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { message: `fake Discord bug: ${String(error)}`, code: 0 });
    });
  });
  const gateway = attachFakeGateway(server, {
    token: state.token,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    sessionWaitMs: DEFAULT_WAIT_MS,
    buildReady: (sessionId) => buildReady(state.botUser, guilds, sessionId, state.baseUrl.replace(/^http/, "ws")),
    afterReady: () => {
      const joinedAt = new Date().toISOString();
      return guilds.map((guild) => ({ t: GatewayDispatchEvents.GuildCreate, d: buildGuildCreate(guild, state.botUser, joinedAt) }));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  function record(request: RecordedRequest): void {
    requests.push(request);
    for (const listener of requestListeners) listener(request);
    const matched = requestWaiters.filter((waiter) => waiter.predicate(request));
    requestWaiters = requestWaiters.filter((waiter) => !matched.includes(waiter));
    for (const waiter of matched) {
      clearTimeout(waiter.timer);
      waiter.resolve(request);
    }
  }

  function hasIntent(intent: GatewayIntentBits): boolean {
    const intents = gateway.identifyPayloads.at(-1)?.intents ?? 0;
    return (intents & intent) !== 0;
  }

  // Discord shows the bot its own messages too; a bot that answers them loops forever.
  function echoBotMessage(message: APIMessage): void {
    if (((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0) return;
    const channel = state.channels.get(message.channel_id);
    if (channel?.type === ChannelType.DM && hasIntent(GatewayIntentBits.DirectMessages)) {
      gateway.broadcast(GatewayDispatchEvents.MessageCreate, { ...message, channel_type: ChannelType.DM });
    } else if (channel && "guild_id" in channel && hasIntent(GatewayIntentBits.GuildMessages)) {
      gateway.broadcast(GatewayDispatchEvents.MessageCreate, { ...message, guild_id: channel.guild_id });
    }
  }

  function requireGuild(guildId: string): FakeGuild {
    const guild = guilds.find((candidate) => candidate.id === guildId);
    if (!guild) throw new Error(`fake Discord: unknown guild ${guildId}; pass it in startFakeDiscord({ guilds })`);
    return guild;
  }

  function guildOfChannel(channelId: string): string | null {
    const channel = state.channels.get(channelId);
    return channel && "guild_id" in channel ? (channel.guild_id ?? null) : null;
  }

  function hasButton(components: unknown, customId: string): boolean {
    if (!Array.isArray(components)) return false;
    return components.some((component: { custom_id?: string; components?: unknown; accessory?: unknown }) =>
      component.custom_id === customId ||
      hasButton(component.components, customId) ||
      // A section's accessory (components v2) can be a button too; most components have none.
      (component.accessory !== undefined && hasButton([component.accessory], customId)),
    );
  }

  return {
    apiBase: `${state.baseUrl}/api`,
    token: state.token,
    applicationId,
    botUser: state.botUser,
    guilds,
    requests,
    identifyPayloads: gateway.identifyPayloads,
    resumePayloads: gateway.resumePayloads,
    interactionCallbacks: state.callbacks,

    async sendDm(userRef, content, files = []) {
      const user = rememberUser(state, userRef);
      if (gateway.identifyPayloads.length > 0 && !hasIntent(GatewayIntentBits.DirectMessages)) {
        throw new Error("fake Discord: the client did not ask for the DirectMessages intent, so Discord would not deliver this DM");
      }
      const message = buildMessage({ id: nextId(), channelId: ensureDmChannel(state, user), author: user, content });
      message.attachments = files.map((file) => {
        const id = nextId();
        state.uploads.set(id, file.bytes);
        const url = `${state.baseUrl}/attachments/${id}/${encodeURIComponent(file.name)}`;
        return { id, filename: file.name, size: file.bytes.length, url, proxy_url: url };
      });
      state.messages.set(message.id, message);
      await gateway.dispatch(GatewayDispatchEvents.MessageCreate, { ...message, channel_type: ChannelType.DM });
      return message;
    },

    async redeliverDm(message) {
      await gateway.dispatch(GatewayDispatchEvents.MessageCreate, { ...message, channel_type: ChannelType.DM });
    },

    async slashCommand(userRef, name, slashOptions, place = {}) {
      const user = rememberUser(state, userRef);
      const guildId = place.guildId ?? null;
      const channelId = place.channelId ?? (guildId ? requireGuild(guildId).channelIds[0] : undefined) ?? ensureDmChannel(state, user);
      const registered = [...(state.commands.get("global") ?? []), ...(guildId ? (state.commands.get(guildId) ?? []) : [])];
      if (!registered.some((command) => command.name === name)) {
        throw new Error(`fake Discord: /${name} is not registered${guildId ? ` globally or in guild ${guildId}` : ""}; users cannot run it`);
      }
      const interaction = buildSlashCommand(state, user, name, slashOptions, { channelId, guildId });
      await gateway.dispatch(GatewayDispatchEvents.InteractionCreate, interaction);
      return interaction;
    },

    async pressButton(userRef, message, customId, place = {}) {
      const user = rememberUser(state, userRef);
      const current = state.messages.get(message.id);
      if (!current) throw new Error(`fake Discord: message ${message.id} does not exist (deleted, or not sent by the bot)`);
      if (!hasButton(current.components, customId)) {
        throw new Error(`fake Discord: message ${message.id} has no button "${customId}" (any more)`);
      }
      const where: InteractionPlace = { channelId: current.channel_id, guildId: place.guildId ?? guildOfChannel(current.channel_id) };
      const interaction = buildButtonPress(state, user, current, customId, where);
      await gateway.dispatch(GatewayDispatchEvents.InteractionCreate, interaction);
      return interaction;
    },

    async submitModal(userRef, customId, fields, place = {}) {
      const user = rememberUser(state, userRef);
      const shown = state.callbacks.findLast((callback) => {
        const trigger = state.interactions.get(callback.interactionId);
        return (
          callback.type === 9 &&
          callback.data?.custom_id === customId &&
          trigger?.user.id === user.id &&
          (place.guildId === undefined || trigger.guildId === place.guildId)
        );
      });
      const trigger = shown && state.interactions.get(shown.interactionId);
      if (!shown || !trigger) throw new Error(`fake Discord: no modal "${customId}" was shown to user ${user.id}`);
      const interaction = buildModalSubmit(state, user, customId, fillModal(shown.data?.components, fields), trigger);
      await gateway.dispatch(GatewayDispatchEvents.InteractionCreate, interaction);
      return interaction;
    },

    waitForRequest(predicate, timeoutMs = DEFAULT_WAIT_MS) {
      const earlier = requests.find(predicate);
      if (earlier) return Promise.resolve(earlier);
      return new Promise((resolve, reject) => {
        const waiter: RequestWaiter = {
          predicate,
          resolve,
          reject,
          timer: setTimeout(() => {
            requestWaiters = requestWaiters.filter((other) => other !== waiter);
            reject(new Error(`fake Discord: no matching request within ${timeoutMs} ms`));
          }, timeoutMs),
        };
        requestWaiters.push(waiter);
      });
    },

    messagesTo(channelId) {
      return [...state.messages.values()].filter((message) => message.channel_id === channelId && message.author.id === state.botUser.id);
    },

    botMessages() {
      return [...state.messages.values()].filter((message) => message.author.id === state.botUser.id);
    },

    onRequest(listener) {
      requestListeners.add(listener);
      return () => void requestListeners.delete(listener);
    },

    dmChannelIdOf: (userRef) => ensureDmChannel(state, state.users.get(userRef.id) ?? rememberUser(state, userRef)),
    closeDms: (userId) => void state.closedDmUserIds.add(userId),
    commands: (guildId) => state.commands.get(guildId ?? "global") ?? [],

    failNext(route, failure) {
      failures.set(route, [...(failures.get(route) ?? []), failure]);
    },

    dropGateway: (dropOptions) => gateway.drop(dropOptions),

    async close() {
      for (const waiter of requestWaiters) {
        clearTimeout(waiter.timer);
        waiter.reject(new Error("fake Discord closed"));
      }
      requestWaiters = [];
      gateway.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // discord.js keeps HTTP connections alive: without this, close() waits for them to time out.
      server.closeAllConnections();
      await closed;
    },
  };
}
