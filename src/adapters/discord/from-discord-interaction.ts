import type { UserEvent } from "../../core/events";
import { JOURNAL_BUTTON_ID, JOURNAL_INPUT_ID, JOURNAL_MODAL_ID } from "./journal-modal";
import { JOURNAL_COMMAND } from "./slash-commands";

/** What the adapter reads from a discord.js interaction: plain data, so the mapping is testable alone. */
export type DiscordInteractionFacts =
  | (FactsBase & { kind: "command"; commandName: string; options: readonly { name: string; value: string | number | boolean | undefined }[] })
  | (FactsBase & { kind: "button"; customId: string })
  | (FactsBase & { kind: "modal"; customId: string; fields: Readonly<Record<string, string>> });

interface FactsBase {
  /** The interaction id, used as the event id. */
  id: string;
  userId: string;
  /** null in a DM with the bot. */
  guildId: string | null;
}

/** What to do with an interaction. */
export type InteractionPlan =
  | { action: "event"; event: UserEvent }
  /** Show the journal modal at once (it must be the first answer, so it cannot wait for the core). */
  | { action: "journal-modal" }
  /** A button or form of the adapter's own that no longer exists. */
  | { action: "expired" };

/** The adapter's own ids; everything else came from the core. */
const ADAPTER_NAMESPACE = "dc.";

/**
 * Maps an interaction to a core event. Every interaction is `chat: "private"`: Discord shows the
 * answer to an interaction in a server only to the person (ephemeral), and the adapter moves
 * anything personal to their DM, so nothing the core says is ever seen by others. (The core's
 * "group" is for answers others would read: Telegram groups, which Discord interactions never are.)
 */
export function fromDiscordInteraction(interaction: DiscordInteractionFacts): InteractionPlan {
  const base = {
    user: { platform: "discord" as const, platformUserId: interaction.userId },
    chat: "private" as const,
    eventId: interaction.id,
  };
  switch (interaction.kind) {
    case "command": {
      const args = interaction.options
        .map((option) => (option.value === undefined ? "" : String(option.value).trim()))
        .filter((value) => value !== "")
        .join(" ");
      if (interaction.commandName === JOURNAL_COMMAND.name) {
        // `/journal` alone opens the writing box; `/journal text:...` goes to the core's /journal (an entry, list, search...).
        return args ? { action: "event", event: { ...base, kind: "command", name: JOURNAL_COMMAND.name, args } } : { action: "journal-modal" };
      }
      return { action: "event", event: { ...base, kind: "command", name: interaction.commandName.toLowerCase(), args } };
    }
    case "button":
      if (interaction.customId === JOURNAL_BUTTON_ID) return { action: "journal-modal" };
      if (interaction.customId.startsWith(ADAPTER_NAMESPACE)) return { action: "expired" };
      return { action: "event", event: { ...base, kind: "press", actionId: interaction.customId } };
    case "modal": {
      const text = interaction.fields[JOURNAL_INPUT_ID];
      if (interaction.customId !== JOURNAL_MODAL_ID || text === undefined) return { action: "expired" };
      return { action: "event", event: { ...base, kind: "text", text } };
    }
  }
}
