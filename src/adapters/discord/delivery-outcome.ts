import type { DeliveryOutcome } from "../../core/replies";
import { DiscordLimitError } from "./discord-limits";

/** Discord's JSON error codes that mean "this person cannot be messaged", not "try later". */
export const DISCORD_CANNOT_MESSAGE_USER = 50007;
const DISCORD_UNKNOWN_USER = 10013;
const DISCORD_UNKNOWN_CHANNEL = 10003;

/** The fields of a discord.js DiscordAPIError (or any error) this decision reads. */
interface ErrorFacts {
  code?: unknown;
  status?: unknown;
}

/** True when the person's privacy settings refuse DMs from the bot (or they share no server with it). */
export function isClosedDmError(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as ErrorFacts).code === DISCORD_CANNOT_MESSAGE_USER;
}

/**
 * What a failed send means for a scheduled message. discord.js has already waited out every 429
 * and retried 5xx and network errors; what is left is either refused for good (closed DMs, an
 * unknown user: stop until they write again) or worth another try later.
 */
export function deliveryOutcomeOf(error: unknown): DeliveryOutcome {
  if (error instanceof DiscordLimitError) return "transient";
  const { code, status } = (typeof error === "object" && error !== null ? error : {}) as ErrorFacts;
  if (code === DISCORD_CANNOT_MESSAGE_USER || code === DISCORD_UNKNOWN_USER || code === DISCORD_UNKNOWN_CHANNEL) return "permanent";
  if (status === 403 || status === 404) return "permanent";
  return "transient";
}

/** Log fields for an error: its kind and Discord's code, never its message (it may echo content). */
export function errorFields(error: unknown): { error: string; code?: string | number; status?: number } {
  const { code, status } = (typeof error === "object" && error !== null ? error : {}) as ErrorFacts;
  return {
    error: error instanceof Error ? error.name : typeof error,
    ...(typeof code === "number" || typeof code === "string" ? { code } : {}),
    ...(typeof status === "number" ? { status } : {}),
  };
}
