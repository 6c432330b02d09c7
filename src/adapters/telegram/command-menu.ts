import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import type { Command } from "../../core/router";
import { TELEGRAM_COMMAND_DESCRIPTION_MAX_LENGTH, TELEGRAM_COMMAND_NAME } from "./telegram-limits";
import { TelegramLimitError } from "./to-telegram-message";

/** In groups the bot answers only these, so the group menu offers only these. */
export const GROUP_COMMANDS: readonly string[] = ["safety"];

/** The command table as Telegram's menu: name and one-line summary, in the table's order. */
export function toBotCommands(commands: readonly Command[]): BotCommand[] {
  return commands.map((command) => {
    if (!TELEGRAM_COMMAND_NAME.test(command.name)) throw new TelegramLimitError(`Command name "${command.name}" is not a Telegram command name`);
    const description = command.summary.trim();
    if (description.length < 1 || description.length > TELEGRAM_COMMAND_DESCRIPTION_MAX_LENGTH) {
      throw new TelegramLimitError(`Command "${command.name}" needs a summary of 1 to ${TELEGRAM_COMMAND_DESCRIPTION_MAX_LENGTH} characters`);
    }
    return { command: command.name, description };
  });
}

/**
 * Publishes the menu: every command in private chats, only /safety in groups. The core's
 * summaries exist in English only, so the menu is registered once, for all languages.
 */
export async function publishCommandMenu(api: Api, commands: readonly Command[]): Promise<void> {
  const all = toBotCommands(commands);
  await api.setMyCommands(all, { scope: { type: "all_private_chats" } });
  await api.setMyCommands(all);
  await api.setMyCommands(
    all.filter((command) => GROUP_COMMANDS.includes(command.command)),
    { scope: { type: "all_group_chats" } },
  );
}
