import type { Logger } from "../../core/ports";
import type { Reply } from "../../core/replies";
import { DiscordLimitError } from "./discord-limits";
import { toDiscordMessages, toDiscordPayload, type DiscordMessageParts, type DiscordPayload } from "./to-discord-message";

/** Anything a message can be sent to: a DM channel, or an interaction's answer. */
export interface MessageSink {
  send(payload: DiscordPayload): Promise<unknown>;
}

/**
 * Renders a reply; if it breaks a Discord limit (a bug, which the renderer's tests exist to catch)
 * the words are still sent, without buttons or files, so no reply is lost and never a safety one.
 */
export function renderForDiscord(reply: Reply, logger: Logger): DiscordMessageParts[] {
  try {
    return toDiscordMessages(reply);
  } catch (error) {
    if (!(error instanceof DiscordLimitError)) throw error;
    logger.error({ event: "discord-render", kind: reply.kind, error: error.name }, "reply exceeds a Discord limit; sending its text only");
    return toDiscordMessages({ kind: reply.kind, text: reply.text });
  }
}

/** Sends replies in order, each as one or more messages. */
export async function sendReplies(sink: MessageSink, replies: readonly Reply[], logger: Logger): Promise<void> {
  for (const reply of replies) {
    for (const parts of renderForDiscord(reply, logger)) await sink.send(toDiscordPayload(parts));
  }
}
