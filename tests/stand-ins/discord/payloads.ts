import {
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  Locale,
  MessageType,
  PermissionFlagsBits,
} from "discord-api-types/v10";
import type {
  APIDMChannel,
  ApplicationFlags,
  GuildMemberFlags,
  MessageFlags,
  RoleFlags,
  APIGuildMember,
  APIMessage,
  APIRole,
  APITextChannel,
  APIUser,
  GatewayGuildCreateDispatchData,
  GatewayReadyDispatchData,
} from "discord-api-types/v10";

/** A user the test plays. Only the id is required; the rest gets plausible defaults. */
export interface FakeUserRef {
  id: string;
  username?: string;
  globalName?: string | null;
}

/** A guild the fake announces at READY, with its text channels. */
export interface FakeGuild {
  id: string;
  name: string;
  channelIds: string[];
}

// Discord sends `flags: 0` where the typings only name the set bits.
const NO_FLAGS = 0;

// Discord's epoch: snowflakes made from it decode to real timestamps if a test ever looks.
const DISCORD_EPOCH_MS = 1_420_070_400_000n;

/** Returns a generator of unique, increasing snowflakes for one fake. */
export function createSnowflakeSource(): () => string {
  let increment = 0n;
  return () => {
    increment += 1n;
    const sinceEpoch = BigInt(Date.now()) - DISCORD_EPOCH_MS;
    return ((sinceEpoch << 22n) | (increment & 0xfffn)).toString();
  };
}

/** Permissions a member and the bot get in fake guilds: enough to talk, nothing administrative. */
export const MEMBER_PERMISSIONS = (
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles
).toString();

export function buildUser(ref: FakeUserRef): APIUser {
  return {
    id: ref.id,
    username: ref.username ?? `user${ref.id.slice(-4)}`,
    discriminator: "0",
    global_name: ref.globalName ?? null,
    avatar: null,
  };
}

export function buildBotUser(id: string, username: string): APIUser {
  return { id, username, discriminator: "0", global_name: null, avatar: null, bot: true };
}

export function buildDmChannel(id: string, recipient: APIUser): APIDMChannel {
  return { id, type: ChannelType.DM, name: null, recipients: [recipient], last_message_id: null };
}

export function buildGuildTextChannel(id: string, guildId: string, position: number): APITextChannel {
  return {
    id,
    type: ChannelType.GuildText,
    guild_id: guildId,
    name: `channel-${position}`,
    position,
    permission_overwrites: [],
    nsfw: false,
    parent_id: null,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
  };
}

export function buildGuildMember(user: APIUser, joinedAt: string): APIGuildMember {
  return { user, roles: [], joined_at: joinedAt, deaf: false, mute: false, flags: NO_FLAGS as GuildMemberFlags, nick: null };
}

function buildEveryoneRole(guildId: string): APIRole {
  return {
    id: guildId,
    name: "@everyone",
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    position: 0,
    permissions: MEMBER_PERMISSIONS,
    managed: false,
    mentionable: false,
    flags: NO_FLAGS as RoleFlags,
  };
}

/** The exact minimum discord.js needs: without `application` it throws inside its socket handler. */
export function buildReady(botUser: APIUser, guilds: FakeGuild[], sessionId: string, gatewayUrl: string): GatewayReadyDispatchData {
  return {
    v: 10,
    user: { ...botUser, verified: true, mfa_enabled: false },
    guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
    session_id: sessionId,
    resume_gateway_url: gatewayUrl,
    shard: [0, 1],
    application: { id: botUser.id, flags: NO_FLAGS as ApplicationFlags, flags_new: "0" },
  };
}

export function buildGuildCreate(guild: FakeGuild, botUser: APIUser, joinedAt: string): GatewayGuildCreateDispatchData {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: "1",
    region: "",
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: [buildEveryoneRole(guild.id)],
    emojis: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: GuildPremiumTier.None,
    preferred_locale: Locale.EnglishUS,
    public_updates_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    stickers: [],
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    joined_at: joinedAt,
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [buildGuildMember(botUser, joinedAt)],
    channels: guild.channelIds.map((id, index) => buildGuildTextChannel(id, guild.id, index)),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** A plain message (`type: 0`) with every field discord.js reads without a fallback. */
export function buildMessage(fields: { id: string; channelId: string; author: APIUser; content: string }): APIMessage {
  return {
    id: fields.id,
    channel_id: fields.channelId,
    author: fields.author,
    content: fields.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: MessageType.Default,
    flags: NO_FLAGS as MessageFlags,
  };
}
