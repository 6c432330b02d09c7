import { InteractionResponseType, MessageFlags } from "discord-api-types/v10";
import type { APIMessage } from "discord-api-types/v10";
import { DiscordHttpError } from "./http-io";
import { defineRoute } from "./route";
import type { RouteContext, RouteResult } from "./route";
import { createBotMessage, editBotMessage, findInteractionByToken, requireMessage } from "./state";
import type { FakeDiscordState, MessageBody, StoredInteraction } from "./state";

interface CallbackBody {
  type: number;
  data?: Record<string, unknown>;
}

function requireInteraction(state: FakeDiscordState, id: string | undefined, token: string | undefined): StoredInteraction {
  const interaction = state.interactions.get(id ?? "");
  if (!interaction || interaction.token !== token) throw new DiscordHttpError(404, { message: "Unknown interaction", code: 10062 });
  return interaction;
}

function requireSourceMessage(interaction: StoredInteraction): string {
  if (interaction.sourceMessageId === null) {
    throw new DiscordHttpError(400, { message: "Interaction has no message to update", code: 50035 });
  }
  return interaction.sourceMessageId;
}

/** Applies one callback and returns the message it created or changed, if any. */
function applyCallback(state: FakeDiscordState, interaction: StoredInteraction, callback: CallbackBody, context: RouteContext): APIMessage | null {
  const data = (callback.data ?? {}) as MessageBody;
  switch (callback.type) {
    case InteractionResponseType.ChannelMessageWithSource:
      return createBotMessage(state, interaction.channelId, data, context.files, { interaction });
    case InteractionResponseType.DeferredChannelMessageWithSource:
      // The "is thinking..." placeholder that editReply later fills in.
      return createBotMessage(state, interaction.channelId, {}, [], {
        flags: (data.flags ?? 0) | MessageFlags.Loading,
        interaction,
      });
    case InteractionResponseType.DeferredMessageUpdate:
      return requireMessage(state, requireSourceMessage(interaction));
    case InteractionResponseType.UpdateMessage:
      return editBotMessage(state, requireSourceMessage(interaction), data, context.files);
    case InteractionResponseType.Modal:
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      return null;
    default:
      throw new DiscordHttpError(400, { message: "Invalid Form Body", code: 50035 });
  }
}

function answerInteraction(context: RouteContext): RouteResult {
  const { state, params, body, files } = context;
  const interaction = requireInteraction(state, params.interactionId, params.token);
  if (interaction.acknowledged) {
    throw new DiscordHttpError(400, { message: "Interaction has already been acknowledged.", code: 40060 });
  }
  const callback = body as CallbackBody;
  const message = applyCallback(state, interaction, callback, context);
  state.callbacks.push({ interactionId: interaction.id, type: callback.type, data: callback.data, files });
  interaction.acknowledged = true;
  if (message) interaction.originalMessageId = message.id;
  if (context.query.get("with_response") !== "true") return { status: 204 };
  const flags = message?.flags ?? 0;
  return {
    status: 200,
    body: {
      interaction: {
        id: interaction.id,
        type: interaction.type,
        ...(message
          ? {
              response_message_id: message.id,
              response_message_loading: (flags & MessageFlags.Loading) !== 0,
              response_message_ephemeral: (flags & MessageFlags.Ephemeral) !== 0,
            }
          : {}),
      },
      resource: { type: callback.type, ...(message ? { message } : {}) },
    },
  };
}

/** Resolves `@original` (sent as `%40original`, decoded by the router) to the message it stands for. */
function webhookMessageId(state: FakeDiscordState, params: Record<string, string>): string {
  if (params.applicationId !== state.applicationId) throw new DiscordHttpError(404, { message: "Unknown Webhook", code: 10015 });
  const interaction = findInteractionByToken(state, params.token ?? "");
  const id = params.messageId === "@original" ? interaction.originalMessageId : (params.messageId ?? null);
  if (id === null) throw new DiscordHttpError(404, { message: "Unknown Message", code: 10008 });
  return requireMessage(state, id).id;
}

export const INTERACTION_ROUTES = [
  defineRoute("POST /interactions/:interactionId/:token/callback", false, answerInteraction),
  defineRoute("GET /webhooks/:applicationId/:token/messages/:messageId", false, ({ state, params }) => ({
    status: 200,
    body: requireMessage(state, webhookMessageId(state, params)),
  })),
  defineRoute("PATCH /webhooks/:applicationId/:token/messages/:messageId", false, ({ state, params, body, files }) => ({
    status: 200,
    body: editBotMessage(state, webhookMessageId(state, params), (body ?? {}) as MessageBody, files),
  })),
  defineRoute("DELETE /webhooks/:applicationId/:token/messages/:messageId", false, ({ state, params }) => {
    state.messages.delete(webhookMessageId(state, params));
    return { status: 204 };
  }),
  defineRoute("POST /webhooks/:applicationId/:token", false, ({ state, params, body, files }) => {
    if (params.applicationId !== state.applicationId) throw new DiscordHttpError(404, { message: "Unknown Webhook", code: 10015 });
    const interaction = findInteractionByToken(state, params.token ?? "");
    // Discord only accepts follow-ups once the interaction was answered.
    if (!interaction.acknowledged) throw new DiscordHttpError(404, { message: "Unknown Webhook", code: 10015 });
    return { status: 200, body: createBotMessage(state, interaction.channelId, (body ?? {}) as MessageBody, files, { interaction }) };
  }),
] as const;
