import type { UserEvent } from "../../core/events";
import { parseCommand } from "../../core/router";

/** What the adapter reads from a discord.js Message: plain data, so the mapping is testable alone. */
export interface DiscordMessageFacts {
  /** The message id: a redelivery (e.g. after a gateway resume) is stored at most once. */
  id: string;
  authorId: string;
  /** Bots include this companion: Discord shows a bot its own messages too. */
  authorIsBot: boolean;
  /** Join notices, pins, calls...: not something a person wrote. */
  isSystem: boolean;
  /** null in a DM. */
  guildId: string | null;
  /**
   * Discord gives a bot the content of DMs sent to it without the privileged Message Content
   * intent; in servers it would be empty (and the companion does not listen there at all).
   */
  content: string;
}

/**
 * A DM becomes a text event, or a command when typed as `/name args` (the slash-command picker
 * is the usual way, but a typed one works too). Returns null for what no person wrote to the bot.
 */
export function fromDiscordMessage(message: DiscordMessageFacts): UserEvent | null {
  if (message.authorIsBot || message.isSystem) return null;
  const base = {
    user: { platform: "discord" as const, platformUserId: message.authorId },
    chat: message.guildId === null ? ("private" as const) : ("group" as const),
    eventId: message.id,
  };
  const command = message.content.trimStart().startsWith("/") ? parseCommand(message.content) : null;
  return command ? { ...base, kind: "command", ...command } : { ...base, kind: "text", text: message.content };
}
