import { randomBytes } from "node:crypto";
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
} from "discord-api-types/v10";
import type {
  APIApplicationCommandInteractionDataBasicOption,
  APIBaseInteraction,
  APIChatInputApplicationCommandInteraction,
  APIMessage,
  APIMessageComponentButtonInteraction,
  APIMessageInteractionMetadata,
  APIModalSubmissionComponent,
  APIModalSubmitInteraction,
  APIUser,
} from "discord-api-types/v10";
import { buildGuildMember, MEMBER_PERMISSIONS } from "./payloads";
import { requireChannel } from "./state";
import type { FakeDiscordState, StoredInteraction } from "./state";

/** Option values for a slash command, by option name; the option type follows the JS type. */
export type SlashOptions = Record<string, string | number | boolean>;

/** Where an interaction happens: a DM unless a guild is named. */
export interface InteractionPlace {
  channelId: string;
  guildId: string | null;
}

// Discord's default upload limit for a bot without boosts.
const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;

type BaseFields = Omit<APIBaseInteraction<InteractionType, never>, "type" | "data"> &
  Required<Pick<APIBaseInteraction<InteractionType, never>, "channel" | "channel_id">>;

function storeInteraction(
  state: FakeDiscordState,
  type: InteractionType,
  user: APIUser,
  place: InteractionPlace,
  related: { sourceMessage?: APIMessage; trigger?: StoredInteraction } = {},
): StoredInteraction {
  const id = state.nextId();
  const owners = authorizingOwners(user, place);
  const base = { id, user, authorizing_integration_owners: owners };
  const metadata = (
    type === InteractionType.ModalSubmit && related.trigger
      ? { ...base, type, triggering_interaction_metadata: related.trigger.metadata }
      : related.sourceMessage
        ? { ...base, type, interacted_message_id: related.sourceMessage.id }
        : { ...base, type }
  ) as APIMessageInteractionMetadata;
  const stored: StoredInteraction = {
    id,
    token: `${type}.${randomBytes(24).toString("base64url")}`,
    type,
    user,
    channelId: place.channelId,
    guildId: place.guildId,
    sourceMessageId: related.sourceMessage?.id ?? null,
    originalMessageId: null,
    acknowledged: false,
    metadata,
  };
  state.interactions.set(id, stored);
  return stored;
}

// discord.js reads this map with no fallback: an interaction without it crashes the client.
function authorizingOwners(user: APIUser, place: InteractionPlace): BaseFields["authorizing_integration_owners"] {
  return place.guildId
    ? { [ApplicationIntegrationType.GuildInstall]: place.guildId }
    : { [ApplicationIntegrationType.UserInstall]: user.id };
}

/** The fields every interaction shares; in a guild `member` + `guild_id` replace `user`. */
function buildBaseFields(state: FakeDiscordState, stored: StoredInteraction): BaseFields {
  const channel = requireChannel(state, stored.channelId);
  const common = {
    id: stored.id,
    application_id: state.applicationId,
    token: stored.token,
    version: 1 as const,
    channel,
    channel_id: channel.id,
    app_permissions: MEMBER_PERMISSIONS,
    locale: Locale.EnglishUS,
    entitlements: [],
    authorizing_integration_owners: stored.metadata.authorizing_integration_owners,
    attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
  };
  if (stored.guildId === null) return { ...common, user: stored.user, context: InteractionContextType.BotDM };
  return {
    ...common,
    guild_id: stored.guildId,
    guild_locale: Locale.EnglishUS,
    guild: { id: stored.guildId, locale: Locale.EnglishUS, features: [] },
    member: { ...buildGuildMember(stored.user, new Date(0).toISOString()), permissions: MEMBER_PERMISSIONS },
    context: InteractionContextType.Guild,
  };
}

function toOption(name: string, value: string | number | boolean): APIApplicationCommandInteractionDataBasicOption {
  if (typeof value === "string") return { name, type: ApplicationCommandOptionType.String, value };
  if (typeof value === "boolean") return { name, type: ApplicationCommandOptionType.Boolean, value };
  if (Number.isInteger(value)) return { name, type: ApplicationCommandOptionType.Integer, value };
  return { name, type: ApplicationCommandOptionType.Number, value };
}

export function buildSlashCommand(
  state: FakeDiscordState,
  user: APIUser,
  name: string,
  options: SlashOptions | undefined,
  place: InteractionPlace,
): APIChatInputApplicationCommandInteraction {
  const stored = storeInteraction(state, InteractionType.ApplicationCommand, user, place);
  // A registered command keeps its id, as it would in Discord.
  const registered = [...(state.commands.get(place.guildId ?? "global") ?? []), ...(state.commands.get("global") ?? [])];
  const commandId = registered.find((command) => command.name === name)?.id ?? state.nextId();
  return {
    ...buildBaseFields(state, stored),
    type: InteractionType.ApplicationCommand,
    data: {
      id: commandId,
      name,
      type: ApplicationCommandType.ChatInput,
      ...(options ? { options: Object.entries(options).map(([key, value]) => toOption(key, value)) } : {}),
      ...(place.guildId ? { guild_id: place.guildId } : {}),
    },
  };
}

export function buildButtonPress(
  state: FakeDiscordState,
  user: APIUser,
  message: APIMessage,
  customId: string,
  place: InteractionPlace,
): APIMessageComponentButtonInteraction {
  const stored = storeInteraction(state, InteractionType.MessageComponent, user, place, { sourceMessage: message });
  return {
    ...buildBaseFields(state, stored),
    type: InteractionType.MessageComponent,
    data: { custom_id: customId, component_type: ComponentType.Button },
    message,
  };
}

/** Mirrors the shown modal's layout (action rows or labels) with the values the user typed. */
export function buildModalSubmit(
  state: FakeDiscordState,
  user: APIUser,
  customId: string,
  components: APIModalSubmissionComponent[],
  trigger: StoredInteraction,
): APIModalSubmitInteraction {
  const place = { channelId: trigger.channelId, guildId: trigger.guildId };
  const sourceMessage = trigger.sourceMessageId ? state.messages.get(trigger.sourceMessageId) : undefined;
  const stored = storeInteraction(state, InteractionType.ModalSubmit, user, place, {
    trigger,
    ...(sourceMessage ? { sourceMessage } : {}),
  });
  return {
    ...buildBaseFields(state, stored),
    type: InteractionType.ModalSubmit,
    data: { custom_id: customId, components },
    ...(sourceMessage ? { message: sourceMessage } : {}),
  };
}
