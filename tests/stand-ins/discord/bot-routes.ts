import { ApplicationCommandType } from "discord-api-types/v10";
import type {
  APIApplicationCommand,
  APIUser,
  RESTPostAPIApplicationCommandsJSONBody,
  RESTPostAPICurrentUserCreateDMChannelJSONBody,
} from "discord-api-types/v10";
import { DiscordHttpError } from "./http-io";
import { defineRoute } from "./route";
import type { RouteContext, RouteResult } from "./route";
import {
  checkBotMayPost,
  createBotMessage,
  editBotMessage,
  ensureDmChannel,
  rememberUser,
  requireChannel,
  requireMessage,
} from "./state";
import type { FakeDiscordState, MessageBody } from "./state";

function requireOwnApplication(state: FakeDiscordState, applicationId: string | undefined): void {
  if (applicationId !== state.applicationId) throw new DiscordHttpError(403, { message: "Missing Access", code: 50001 });
}

function commandScope(state: FakeDiscordState, params: Record<string, string>): string {
  requireOwnApplication(state, params.applicationId);
  const guildId = params.guildId;
  if (guildId === undefined) return "global";
  if (!state.guilds.some((guild) => guild.id === guildId)) {
    throw new DiscordHttpError(403, { message: "Missing Access", code: 50001 });
  }
  return guildId;
}

/** Bulk overwrite: the list replaces what was there, and a command keeps its id when its name survives. */
function overwriteCommands({ state, params, body }: RouteContext): RouteResult {
  const scope = commandScope(state, params);
  const previous = state.commands.get(scope) ?? [];
  const commands = (body as RESTPostAPIApplicationCommandsJSONBody[]).map((command): APIApplicationCommand => {
    const kept = previous.find((old) => old.name === command.name);
    return {
      ...command,
      id: kept?.id ?? state.nextId(),
      application_id: state.applicationId,
      version: state.nextId(),
      type: command.type ?? ApplicationCommandType.ChatInput,
      description: "description" in command ? command.description : "",
      default_member_permissions: command.default_member_permissions ?? null,
      ...(scope === "global" ? {} : { guild_id: scope }),
    } as APIApplicationCommand;
  });
  state.commands.set(scope, commands);
  return { status: 200, body: commands };
}

function postMessage({ state, params, body, files }: RouteContext): RouteResult {
  const channel = requireChannel(state, params.channelId ?? "");
  checkBotMayPost(state, channel);
  return { status: 200, body: createBotMessage(state, channel.id, (body ?? {}) as MessageBody, files) };
}

function requireBotMessageIn(state: FakeDiscordState, channelId: string | undefined, messageId: string | undefined): string {
  const message = requireMessage(state, messageId ?? "");
  if (message.channel_id !== channelId) throw new DiscordHttpError(404, { message: "Unknown Message", code: 10008 });
  if (message.author.id !== state.botUser.id) {
    throw new DiscordHttpError(403, { message: "Cannot edit a message authored by another user", code: 50005 });
  }
  return message.id;
}

export const BOT_ROUTES = [
  defineRoute("GET /gateway/bot", true, ({ state }) => ({
    status: 200,
    body: {
      url: state.baseUrl.replace(/^http/, "ws"),
      shards: 1,
      session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
    },
  })),
  defineRoute("PUT /applications/:applicationId/commands", true, overwriteCommands),
  defineRoute("GET /applications/:applicationId/commands", true, ({ state, params }) => ({
    status: 200,
    body: state.commands.get(commandScope(state, params)) ?? [],
  })),
  defineRoute("PUT /applications/:applicationId/guilds/:guildId/commands", true, overwriteCommands),
  defineRoute("GET /applications/:applicationId/guilds/:guildId/commands", true, ({ state, params }) => ({
    status: 200,
    body: state.commands.get(commandScope(state, params)) ?? [],
  })),
  defineRoute("POST /users/@me/channels", true, ({ state, body }) => {
    const { recipient_id: recipientId } = body as RESTPostAPICurrentUserCreateDMChannelJSONBody;
    const user: APIUser = state.users.get(recipientId) ?? rememberUser(state, { id: recipientId });
    return { status: 200, body: state.channels.get(ensureDmChannel(state, user)) };
  }),
  defineRoute("GET /users/:userId", true, ({ state, params }) => {
    const user = params.userId === "@me" ? state.botUser : state.users.get(params.userId ?? "");
    if (!user) throw new DiscordHttpError(404, { message: "Unknown User", code: 10013 });
    return { status: 200, body: user };
  }),
  defineRoute("GET /channels/:channelId", true, ({ state, params }) => ({
    status: 200,
    body: requireChannel(state, params.channelId ?? ""),
  })),
  defineRoute("POST /channels/:channelId/typing", true, ({ state, params }) => {
    requireChannel(state, params.channelId ?? "");
    return { status: 204 };
  }),
  defineRoute("POST /channels/:channelId/messages", true, postMessage),
  defineRoute("GET /channels/:channelId/messages/:messageId", true, ({ state, params }) => {
    const message = requireMessage(state, params.messageId ?? "");
    if (message.channel_id !== params.channelId) throw new DiscordHttpError(404, { message: "Unknown Message", code: 10008 });
    return { status: 200, body: message };
  }),
  defineRoute("PATCH /channels/:channelId/messages/:messageId", true, ({ state, params, body, files }) => {
    const messageId = requireBotMessageIn(state, params.channelId, params.messageId);
    return { status: 200, body: editBotMessage(state, messageId, (body ?? {}) as MessageBody, files) };
  }),
  defineRoute("DELETE /channels/:channelId/messages/:messageId", true, ({ state, params }) => {
    state.messages.delete(requireBotMessageIn(state, params.channelId, params.messageId));
    return { status: 204 };
  }),
] as const;
