import { ApplicationCommandOptionType, ApplicationCommandType, ApplicationIntegrationType, InteractionContextType } from "discord.js";
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import type { Command } from "../../core/router";
import {
  DISCORD_COMMAND_DESCRIPTION_MAX_LENGTH,
  DISCORD_COMMAND_NAME,
  DISCORD_COMMANDS_MAX,
  DISCORD_TEXT_INPUT_MAX_LENGTH,
  DiscordLimitError,
} from "./discord-limits";

/** The part of a core command a slash command is made from. */
export type SlashCommandSource = Pick<Command, "name" | "summary" | "argument">;

/**
 * Discord's own addition to the menu: `/journal` opens a writing box for a longer entry (a modal,
 * which only Discord has). What is written reaches the core as an ordinary message.
 */
export const JOURNAL_COMMAND: SlashCommandSource = {
  name: "journal",
  summary: "Write in your journal, in a writing box with room for more",
  argument: { name: "text", description: "What you'd like to write down (leave empty for a writing box)", required: false },
};

function check(condition: boolean, message: string): void {
  if (!condition) throw new DiscordLimitError(message);
}

function toSlashCommand(command: SlashCommandSource): RESTPostAPIChatInputApplicationCommandsJSONBody {
  check(DISCORD_COMMAND_NAME.test(command.name), `Command name "${command.name}" is not a valid Discord command name`);
  check(
    command.summary.length >= 1 && command.summary.length <= DISCORD_COMMAND_DESCRIPTION_MAX_LENGTH,
    `The summary of /${command.name} must have 1 to ${DISCORD_COMMAND_DESCRIPTION_MAX_LENGTH} characters`,
  );
  const argument = command.argument;
  if (argument) {
    check(DISCORD_COMMAND_NAME.test(argument.name), `The option "${argument.name}" of /${command.name} is not a valid Discord option name`);
    check(
      argument.description.length >= 1 && argument.description.length <= DISCORD_COMMAND_DESCRIPTION_MAX_LENGTH,
      `The option description of /${command.name} must have 1 to ${DISCORD_COMMAND_DESCRIPTION_MAX_LENGTH} characters`,
    );
  }
  return {
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    description: command.summary,
    // In servers (answered only to the person) and in the DM with the bot; not in group DMs.
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    ...(argument
      ? {
          options: [
            {
              type: ApplicationCommandOptionType.String,
              name: argument.name,
              description: argument.description,
              required: argument.required,
              max_length: DISCORD_TEXT_INPUT_MAX_LENGTH,
            },
          ],
        }
      : {}),
  };
}

/** The slash commands for the core's command table, plus `/journal`; throws on anything Discord would refuse. */
export function buildSlashCommands(commands: readonly SlashCommandSource[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  // The core's /journal (list, search, star...) keeps its name; on Discord, left empty it opens the writing box.
  const hasJournal = commands.some((command) => command.name === JOURNAL_COMMAND.name);
  const all = hasJournal
    ? commands.map((command) => (command.name === JOURNAL_COMMAND.name ? { ...command, argument: JOURNAL_COMMAND.argument } : command))
    : [...commands, JOURNAL_COMMAND];
  check(all.length <= DISCORD_COMMANDS_MAX, `Discord allows at most ${DISCORD_COMMANDS_MAX} slash commands`);
  const names = all.map((command) => command.name);
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  check(duplicate === undefined, `/${duplicate} would be registered twice`);
  return all.map(toSlashCommand);
}
