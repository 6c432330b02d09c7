import { ChannelType, MessageFlags, MessageType } from "discord-api-types/v10";
import type {
  APIApplicationCommand,
  APIAttachment,
  APIChannel,
  APIMessage,
  APIMessageInteractionMetadata,
  APIUser,
  InteractionType,
} from "discord-api-types/v10";
import { DiscordHttpError } from "./http-io";
import type { RecordedFile } from "./http-io";
import { buildDmChannel, buildMessage, buildUser } from "./payloads";
import type { FakeGuild, FakeUserRef } from "./payloads";

/** Discord refuses longer message content with 50035 "Invalid Form Body". */
export const MAX_MESSAGE_CONTENT = 2000;

/** An interaction the fake sent, tracked so callbacks and webhooks can be checked against it. */
export interface StoredInteraction {
  id: string;
  token: string;
  type: InteractionType;
  user: APIUser;
  channelId: string;
  guildId: string | null;
  /** The message a button sat on; `update` edits it. */
  sourceMessageId: string | null;
  /** What `@original` points at once the interaction is answered. */
  originalMessageId: string | null;
  acknowledged: boolean;
  metadata: APIMessageInteractionMetadata;
}

/** One answer the bot gave through `POST /interactions/:id/:token/callback`. */
export interface RecordedCallback {
  interactionId: string;
  /** 4 reply, 5 deferReply, 6 deferUpdate, 7 update, 9 modal. */
  type: number;
  /** The callback `data` as sent (`flags: 64` means ephemeral). */
  data: Record<string, unknown> | undefined;
  files: RecordedFile[];
}

/** Everything the fake knows; REST handlers and test helpers share it. */
export interface FakeDiscordState {
  token: string;
  applicationId: string;
  botUser: APIUser;
  guilds: FakeGuild[];
  nextId: () => string;
  users: Map<string, APIUser>;
  channels: Map<string, APIChannel>;
  dmChannelByUserId: Map<string, string>;
  closedDmUserIds: Set<string>;
  /** Insertion order is send order, so `messagesTo` needs no sort. */
  messages: Map<string, APIMessage>;
  interactions: Map<string, StoredInteraction>;
  callbacks: RecordedCallback[];
  /** Registered commands by scope: "global" or a guild id. */
  commands: Map<string, APIApplicationCommand[]>;
  /** The bytes behind every attachment URL the fake hands out (files people and the bot sent). */
  uploads: Map<string, Uint8Array>;
  baseUrl: string;
  /** Called for each message the bot creates, so the gateway can echo it like Discord does. */
  onBotMessageCreated: (message: APIMessage) => void;
}

/** The parts of a message body the fake applies (create, edit, interaction reply, follow-up). */
export interface MessageBody {
  content?: string | null;
  embeds?: APIMessage["embeds"] | null;
  components?: APIMessage["components"] | null;
  flags?: number;
  message_reference?: APIMessage["message_reference"];
  attachments?: { id: string | number; filename?: string; description?: string }[];
}

export function rememberUser(state: FakeDiscordState, ref: FakeUserRef): APIUser {
  const user = buildUser(ref);
  state.users.set(user.id, user);
  return user;
}

/** The DM channel between the bot and a user: one per user, created on first use like Discord does. */
export function ensureDmChannel(state: FakeDiscordState, user: APIUser): string {
  const existing = state.dmChannelByUserId.get(user.id);
  if (existing) return existing;
  const id = state.nextId();
  state.channels.set(id, buildDmChannel(id, user));
  state.dmChannelByUserId.set(user.id, id);
  return id;
}

export function requireChannel(state: FakeDiscordState, channelId: string): APIChannel {
  const channel = state.channels.get(channelId);
  if (!channel) throw new DiscordHttpError(404, { message: "Unknown Channel", code: 10003 });
  return channel;
}

export function requireMessage(state: FakeDiscordState, messageId: string): APIMessage {
  const message = state.messages.get(messageId);
  if (!message) throw new DiscordHttpError(404, { message: "Unknown Message", code: 10008 });
  return message;
}

/** Refuses what Discord refuses, so a bot that would fail in production fails here too. */
export function checkBotMayPost(state: FakeDiscordState, channel: APIChannel): void {
  if (channel.type !== ChannelType.DM) return;
  const recipientId = channel.recipients?.[0]?.id;
  if (recipientId && state.closedDmUserIds.has(recipientId)) {
    throw new DiscordHttpError(403, { message: "Cannot send messages to this user", code: 50007 });
  }
}

function checkContent(message: APIMessage): void {
  if (message.content.length > MAX_MESSAGE_CONTENT) {
    throw new DiscordHttpError(400, {
      message: "Invalid Form Body",
      code: 50035,
      errors: { content: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH", message: "Must be 2000 or fewer in length." }] } },
    });
  }
  const empty =
    message.content === "" &&
    message.embeds.length === 0 &&
    message.attachments.length === 0 &&
    (message.components ?? []).length === 0;
  const loading = ((message.flags ?? 0) & MessageFlags.Loading) !== 0;
  if (empty && !loading) throw new DiscordHttpError(400, { message: "Cannot send an empty message", code: 50006 });
}

function buildAttachments(state: FakeDiscordState, body: MessageBody, files: RecordedFile[], kept: APIAttachment[]): APIAttachment[] {
  const described = body.attachments ?? [];
  const keptById = new Map(kept.map((attachment) => [attachment.id, attachment]));
  const result: APIAttachment[] = described.flatMap((entry) => {
    const old = keptById.get(String(entry.id));
    return old ? [old] : [];
  });
  for (const file of files) {
    const id = state.nextId();
    state.uploads.set(id, file.bytes);
    result.push({
      id,
      filename: file.name,
      size: file.bytes.length,
      content_type: file.contentType,
      url: `${state.baseUrl}/attachments/${id}/${encodeURIComponent(file.name)}`,
      proxy_url: `${state.baseUrl}/attachments/${id}/${encodeURIComponent(file.name)}`,
    });
  }
  return result;
}

function applyBody(state: FakeDiscordState, message: APIMessage, body: MessageBody, files: RecordedFile[]): void {
  if (body.content !== undefined) message.content = body.content ?? "";
  if (body.embeds !== undefined) message.embeds = body.embeds ?? [];
  if (body.components !== undefined) message.components = body.components ?? [];
  if (body.attachments !== undefined || files.length > 0) {
    message.attachments = buildAttachments(state, body, files, message.attachments);
  }
}

/** Creates a message from the bot, as Discord would store and return it. */
export function createBotMessage(
  state: FakeDiscordState,
  channelId: string,
  body: MessageBody,
  files: RecordedFile[],
  extra: { flags?: number; interaction?: StoredInteraction } = {},
): APIMessage {
  const message = buildMessage({ id: state.nextId(), channelId, author: state.botUser, content: "" });
  applyBody(state, message, body, files);
  message.flags = (extra.flags ?? body.flags ?? 0) as MessageFlags;
  if (body.message_reference) {
    message.message_reference = { ...body.message_reference, channel_id: channelId };
    message.type = MessageType.Reply;
  }
  if (extra.interaction) message.interaction_metadata = extra.interaction.metadata;
  checkContent(message);
  state.messages.set(message.id, message);
  state.onBotMessageCreated(message);
  return message;
}

/** Applies an edit; an edit of a deferred reply clears the "thinking..." state like Discord does. */
export function editBotMessage(state: FakeDiscordState, messageId: string, body: MessageBody, files: RecordedFile[]): APIMessage {
  const current = requireMessage(state, messageId);
  const edited: APIMessage = { ...current, edited_timestamp: new Date().toISOString() };
  applyBody(state, edited, body, files);
  edited.flags = ((current.flags ?? 0) & ~MessageFlags.Loading) as MessageFlags;
  checkContent(edited);
  state.messages.set(messageId, edited);
  return edited;
}

export function findInteractionByToken(state: FakeDiscordState, token: string): StoredInteraction {
  for (const interaction of state.interactions.values()) {
    if (interaction.token === token) return interaction;
  }
  throw new DiscordHttpError(404, { message: "Unknown Webhook", code: 10015 });
}
