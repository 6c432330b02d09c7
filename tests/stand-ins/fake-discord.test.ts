import { once } from "node:events";
import zlib from "node:zlib";
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  Events,
  GatewayIntentBits,
  LabelBuilder,
  MessageFlags,
  ModalBuilder,
  Partials,
  TextInputBuilder,
  TextInputStyle,
} from "discord.js";
import type { Interaction, Message, ModalActionRowComponentBuilder, RateLimitData } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { startFakeDiscord } from "./fake-discord";
import type { FakeDiscord, StartFakeDiscordOptions } from "./fake-discord";

const USER = { id: "200000000000000001", username: "sam" };
const GUILD_ID = "300000000000000001";
const CHANNEL_ID = "300000000000000002";

let fake: FakeDiscord | undefined;
let client: Client | undefined;
let clientErrors: Error[] = [];

async function connect(options: StartFakeDiscordOptions = {}): Promise<{ fake: FakeDiscord; client: Client }> {
  fake = await startFakeDiscord({ guilds: [{ id: GUILD_ID, channelIds: [CHANNEL_ID] }], ...options });
  client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    rest: { api: fake.apiBase },
  });
  // A rejected async listener becomes an 'error' event, which would crash the run if nobody listened.
  client.on(Events.Error, (error) => clientErrors.push(error));
  const ready = once(client, Events.ClientReady);
  await client.login(fake.token);
  await ready;
  return { fake, client };
}

/** Replies to every DM from a person; the bot's own messages come back over the gateway and must be skipped. */
function replyToDms(bot: Client, reply: (message: Message) => Parameters<Message["reply"]>[0]): void {
  bot.on(Events.MessageCreate, async (message) => {
    if (message.author.bot) return;
    await message.reply(reply(message));
  });
}

function onInteraction(bot: Client, handle: (interaction: Interaction) => Promise<unknown>): void {
  bot.on(Events.InteractionCreate, async (interaction) => {
    await handle(interaction);
  });
}

afterEach(async () => {
  await client?.destroy();
  await fake?.close();
  client = undefined;
  fake = undefined;
  const errors = clientErrors;
  clientErrors = [];
  expect(errors).toEqual([]);
});

describe("fake Discord driven by the real discord.js", () => {
  it("delivers a DM as messageCreate and records the reply in that DM", async () => {
    const { fake, client } = await connect();
    replyToDms(client, (message) => `You said: ${message.content}`);
    const authorsSeen: string[] = [];
    client.on(Events.MessageCreate, (message) => void authorsSeen.push(message.author.id));

    const dm = await fake.sendDm(USER, "rough night");
    const request = await fake.waitForRequest((r) => r.route === "POST /channels/:channelId/messages");

    expect(fake.identifyPayloads[0]?.intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.DirectMessages);
    expect(request.body).toMatchObject({ content: "You said: rough night", message_reference: { message_id: dm.id } });
    expect(fake.messagesTo(dm.channel_id).map((message) => message.content)).toEqual(["You said: rough night"]);
    // As on Discord, the bot also receives its own reply; replyToDms skips it, or this would loop.
    await expect.poll(() => authorsSeen).toEqual([USER.id, fake.botUser.id]);
  });

  it("records uploaded files with their names and bytes", async () => {
    const { fake, client } = await connect();
    replyToDms(client, () => ({ content: "Here are your notes.", files: [{ attachment: Buffer.from("breathe in, breathe out"), name: "notes.txt" }] }));

    const dm = await fake.sendDm(USER, "send my notes");
    const request = await fake.waitForRequest((r) => r.route === "POST /channels/:channelId/messages");

    expect(request.files.map((file) => [file.name, file.bytes.toString()])).toEqual([["notes.txt", "breathe in, breathe out"]]);
    expect(fake.messagesTo(dm.channel_id)).toMatchObject([{ content: "Here are your notes.", attachments: [{ filename: "notes.txt", size: 23 }] }]);
  });

  it("refuses to push a DM to a client that did not ask for DMs, as Discord would not deliver it", async () => {
    fake = await startFakeDiscord();
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiBase } });
    client.on(Events.Error, (error) => clientErrors.push(error));
    const ready = once(client, Events.ClientReady);
    await client.login(fake.token);
    await ready;

    await expect(fake.sendDm(USER, "hello?")).rejects.toThrow(/DirectMessages intent/);
  });

  it("answers a guild slash command ephemerally", async () => {
    const { fake, client } = await connect();
    await client.application?.commands.set([{ name: "checkin", description: "How are you doing?", options: [] }], GUILD_ID);
    const seen: { guildId: string | null; memberId: string | undefined; mood: number | null }[] = [];
    onInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      seen.push({ guildId: interaction.guildId, memberId: interaction.member?.user.id, mood: interaction.options.getInteger("mood") });
      await interaction.reply({ content: "Only you can see this.", flags: MessageFlags.Ephemeral });
    });

    await fake.slashCommand(USER, "checkin", { mood: 3 }, { guildId: GUILD_ID });
    await fake.waitForRequest((r) => r.route === "POST /interactions/:interactionId/:token/callback");

    expect(fake.commands(GUILD_ID).map((command) => command.name)).toEqual(["checkin"]);
    expect(seen).toEqual([{ guildId: GUILD_ID, memberId: USER.id, mood: 3 }]);
    expect(fake.interactionCallbacks).toMatchObject([{ type: 4, data: { content: "Only you can see this.", flags: 64 } }]);
    expect(fake.messagesTo(CHANNEL_ID)).toMatchObject([{ content: "Only you can see this.", flags: 64 }]);
    await expect(fake.slashCommand(USER, "unregistered", undefined, { guildId: GUILD_ID })).rejects.toThrow(/not registered/);
  });

  it("answers a button press with update, editing the message in place", async () => {
    const { fake, client } = await connect();
    replyToDms(client, () => ({
      content: "How was today?",
      components: [new ActionRowBuilder<ButtonBuilder>().addComponents(new ButtonBuilder().setCustomId("day:ok").setLabel("Okay").setStyle(ButtonStyle.Primary))],
    }));
    onInteraction(client, async (interaction) => {
      if (interaction.isButton()) await interaction.update({ content: `Noted: ${interaction.customId}`, components: [] });
    });

    const dm = await fake.sendDm(USER, "hi");
    await fake.waitForRequest((r) => r.route === "POST /channels/:channelId/messages");
    const [question] = fake.messagesTo(dm.channel_id);
    await fake.pressButton(USER, question!, "day:ok");
    await fake.waitForRequest((r) => r.route === "POST /interactions/:interactionId/:token/callback");

    expect(fake.interactionCallbacks.map((callback) => callback.type)).toEqual([7]);
    expect(fake.messagesTo(dm.channel_id)).toMatchObject([{ id: question!.id, content: "Noted: day:ok", components: [] }]);
    await expect(fake.pressButton(USER, question!, "day:ok")).rejects.toThrow(/no button/);
  });

  it("finds a button in any row, lists every bot message, and tells listeners about each request", async () => {
    const { fake, client } = await connect();
    const row = (id: string) =>
      new ActionRowBuilder<ButtonBuilder>().addComponents(new ButtonBuilder().setCustomId(id).setLabel(id).setStyle(ButtonStyle.Secondary));
    replyToDms(client, () => ({ content: "Pick one", components: [row("first"), row("second")] }));
    onInteraction(client, async (interaction) => {
      if (interaction.isButton()) await interaction.reply(`Picked ${interaction.customId}`);
    });
    const routes: (string | null)[] = [];
    const unsubscribe = fake.onRequest((request) => routes.push(request.route));

    const dm = await fake.sendDm(USER, "hi");
    await fake.waitForRequest((r) => r.route === "POST /channels/:channelId/messages");
    await fake.pressButton(USER, fake.messagesTo(dm.channel_id)[0]!, "second");
    await fake.waitForRequest((r) => r.route === "POST /interactions/:interactionId/:token/callback");
    unsubscribe();

    expect(fake.botMessages().map((message) => message.content)).toEqual(["Pick one", "Picked second"]);
    expect(routes).toEqual(["POST /channels/:channelId/messages", "POST /interactions/:interactionId/:token/callback"]);
  });

  it("delivers the same DM again on request, as Discord may after a resume", async () => {
    const { fake, client } = await connect();
    const seen: string[] = [];
    // Raw packets: discord.js itself skips a MESSAGE_CREATE for a message already in its cache.
    client.on(Events.Raw, (packet: { t?: string; d?: { id?: string } }) => void (packet.t === "MESSAGE_CREATE" && seen.push(packet.d?.id ?? "")));

    const dm = await fake.sendDm(USER, "once");
    await fake.redeliverDm(dm);

    await expect.poll(() => seen).toEqual([dm.id, dm.id]);
  });

  it.each(["label", "action row"])("shows a modal and receives its submission (%s layout)", async (layout) => {
    const { fake, client } = await connect();
    await client.application?.commands.set([{ name: "journal", description: "Write something down" }]);
    const input = new TextInputBuilder().setCustomId("entry").setStyle(TextInputStyle.Paragraph);
    const modal = new ModalBuilder().setCustomId("journal-modal").setTitle("Journal");
    if (layout === "label") modal.addLabelComponents(new LabelBuilder().setLabel("Entry").setTextInputComponent(input));
    else modal.addActionRowComponents(new ActionRowBuilder<ModalActionRowComponentBuilder>().addComponents(input.setLabel("Entry")));
    onInteraction(client, async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.showModal(modal);
      if (interaction.isModalSubmit()) await interaction.reply(`Saved: ${interaction.fields.getTextInputValue("entry")}`);
    });

    await fake.slashCommand(USER, "journal");
    await fake.waitForRequest((r) => (r.body as { type?: number } | undefined)?.type === 9);
    await fake.submitModal(USER, "journal-modal", { entry: "a hard day" });
    await fake.waitForRequest((r) => (r.body as { type?: number } | undefined)?.type === 4);

    expect(fake.interactionCallbacks).toMatchObject([{ type: 9, data: { custom_id: "journal-modal" } }, { type: 4, data: { content: "Saved: a hard day" } }]);
    expect(fake.messagesTo(fake.dmChannelIdOf(USER)).map((message) => message.content)).toEqual(["Saved: a hard day"]);
  });

  it("defers, edits the original reply (%40original) and sends a follow-up", async () => {
    const { fake, client } = await connect();
    await client.application?.commands.set([{ name: "breathe", description: "A breathing exercise" }]);
    const fetched: string[] = [];
    onInteraction(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      await interaction.editReply("In for four, out for six.");
      fetched.push((await interaction.fetchReply()).content);
      await interaction.followUp({ content: "Again whenever you like.", flags: MessageFlags.Ephemeral });
    });

    await fake.slashCommand(USER, "breathe");
    const followUp = await fake.waitForRequest((r) => r.route === "POST /webhooks/:applicationId/:token");

    const edit = fake.requests.find((r) => r.method === "PATCH");
    expect(edit).toMatchObject({ path: expect.stringMatching(/\/messages\/@original$/) as string, status: 200 });
    expect(followUp.status).toBe(200);
    expect(fake.interactionCallbacks.map((callback) => callback.type)).toEqual([5]);
    expect(fetched).toEqual(["In for four, out for six."]);
    expect(fake.messagesTo(fake.dmChannelIdOf(USER))).toMatchObject([
      { content: "In for four, out for six.", flags: 0 },
      { content: "Again whenever you like.", flags: 64 },
    ]);
  });

  it("opens a DM channel for users.send, and refuses users whose DMs are closed", async () => {
    const { fake, client } = await connect({ closedDmUserIds: ["200000000000000009"] });

    await client.users.send(USER.id, "Your check-in is ready.");

    expect(fake.requests.map((request) => request.route)).toContain("POST /users/@me/channels");
    expect(fake.messagesTo(fake.dmChannelIdOf(USER)).map((message) => message.content)).toEqual(["Your check-in is ready."]);
    await expect(client.users.send("200000000000000009", "hello")).rejects.toMatchObject({ code: 50007, status: 403 });
  });

  it("retries a 429 after its Retry-After, and a 5xx, but surfaces a 403", async () => {
    const { fake, client } = await connect();
    const rateLimits: RateLimitData[] = [];
    client.rest.on("rateLimited", (info) => rateLimits.push(info));
    fake.failNext("POST /channels/:channelId/messages", { status: 429, retryAfterSeconds: 0.05 });
    fake.failNext("POST /channels/:channelId/messages", { status: 502 });

    await client.users.send(USER.id, "Still here.");

    const statuses = fake.requests.filter((r) => r.route === "POST /channels/:channelId/messages").map((r) => r.status);
    expect(statuses).toEqual([429, 502, 200]);
    expect(rateLimits).toMatchObject([{ method: "POST", route: "/channels/:id/messages", global: false }]);
    expect(fake.messagesTo(fake.dmChannelIdOf(USER)).map((message) => message.content)).toEqual(["Still here."]);

    fake.failNext("POST /channels/:channelId/messages", { status: 403 });
    await expect(client.users.send(USER.id, "Again")).rejects.toMatchObject({ code: 50001, status: 403 });
  });

  it("rejects login with a wrong token", async () => {
    fake = await startFakeDiscord();
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiBase } });
    client.on(Events.Error, (error) => clientErrors.push(error));

    await expect(client.login("not-the-token")).rejects.toMatchObject({ code: "TokenInvalid" });
    expect(fake.requests).toMatchObject([{ route: "GET /gateway/bot", status: 401 }]);
    expect(fake.identifyPayloads).toEqual([]);
  });

  it("resumes after the gateway drops and delivers a DM sent afterwards", async () => {
    const { fake, client } = await connect();
    replyToDms(client, () => "Welcome back.");
    const resumed = once(client, Events.ShardResume, { signal: AbortSignal.timeout(5_000) });

    fake.dropGateway();
    await resumed;
    const dm = await fake.sendDm(USER, "are you there?");
    await fake.waitForRequest((r) => r.route === "POST /channels/:channelId/messages");

    expect(fake.identifyPayloads).toHaveLength(1);
    expect(fake.resumePayloads).toMatchObject([{ token: fake.token, seq: expect.any(Number) as number }]);
    expect(fake.messagesTo(dm.channel_id).map((message) => message.content)).toEqual(["Welcome back."]);
  });

  it("resumes when heartbeats stop being acknowledged (zombie connection)", async () => {
    const { fake, client } = await connect({ heartbeatIntervalMs: 100 });
    const resumed = once(client, Events.ShardResume, { signal: AbortSignal.timeout(5_000) });

    fake.dropGateway({ zombie: true });
    await resumed;

    expect(fake.identifyPayloads).toHaveLength(1);
    expect(fake.resumePayloads).toHaveLength(1);
  });
});

describe("fake Discord gateway compression", () => {
  it("speaks zlib-stream when the client asks for it", async () => {
    fake = await startFakeDiscord();
    const socket = new WebSocket(`${fake.apiBase.replace(/^http/, "ws").replace(/\/api$/, "")}/?v=10&encoding=json&compress=zlib-stream`);
    const inflate = zlib.createInflate();
    const frames: { op: number; t?: string }[] = [];
    socket.on("message", (data: Buffer) => {
      inflate.write(data);
      inflate.flush(zlib.constants.Z_SYNC_FLUSH, () => {
        const text = (inflate.read() as Buffer | null)?.toString();
        if (text) frames.push(JSON.parse(text) as { op: number; t?: string });
      });
    });
    await once(socket, "open");
    await expect.poll(() => frames.length).toBe(1);
    socket.send(JSON.stringify({ op: 2, d: { token: fake.token, intents: 0, properties: {} } }));
    await expect.poll(() => frames.length).toBe(2);
    socket.close();
    inflate.close();

    expect(frames).toMatchObject([{ op: 10 }, { op: 0, t: "READY" }]);
  });
});
