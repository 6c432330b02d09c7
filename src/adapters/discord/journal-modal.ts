import { ComponentType, TextInputStyle } from "discord.js";
import type { APIModalInteractionResponseCallbackData } from "discord.js";
import { DISCORD_TEXT_INPUT_MAX_LENGTH } from "./discord-limits";

/**
 * The writing box for a longer journal entry. Its ids use the adapter's own `dc.` namespace: they
 * never reach the core, which only ever sees the text that was written, as a plain message.
 */
export const JOURNAL_BUTTON_ID = "dc.journal";
export const JOURNAL_BUTTON_LABEL = "Write more…";
export const JOURNAL_MODAL_ID = "dc.journal-entry";
export const JOURNAL_INPUT_ID = "entry";

/** The modal shown by the "Write more…" button and by `/journal` without text. */
export function journalModal(): APIModalInteractionResponseCallbackData {
  return {
    custom_id: JOURNAL_MODAL_ID,
    title: "Your journal",
    components: [
      {
        type: ComponentType.Label,
        label: "What would you like to write down?",
        description: "Only you can read this. Take as long as you need.",
        component: {
          type: ComponentType.TextInput,
          custom_id: JOURNAL_INPUT_ID,
          style: TextInputStyle.Paragraph,
          min_length: 1,
          max_length: DISCORD_TEXT_INPUT_MAX_LENGTH,
          required: true,
        },
      },
    ],
  };
}
