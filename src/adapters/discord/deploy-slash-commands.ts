import { REST, Routes } from "discord.js";
import type { APIApplicationCommand } from "discord.js";
import { buildSlashCommands, type SlashCommandSource } from "./slash-commands";

export interface DeploySlashCommandsOptions {
  token: string;
  applicationId: string;
  commands: readonly SlashCommandSource[];
  /** Register in one server only (appears at once; good for trying changes). Unset: everywhere. */
  guildId?: string;
  /** REST API root for a local stand-in; unset: Discord's own. */
  apiRoot?: string;
}

/**
 * Replaces the application's slash commands with the ones built from the command table (a bulk
 * overwrite: removed commands disappear, kept ones keep their ids). Run on deploy, not on start.
 */
export async function deploySlashCommands(options: DeploySlashCommandsOptions): Promise<APIApplicationCommand[]> {
  const body = buildSlashCommands(options.commands);
  const rest = new REST({ ...(options.apiRoot ? { api: options.apiRoot } : {}), retries: 2 }).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  return (await rest.put(route, { body })) as APIApplicationCommand[];
}
