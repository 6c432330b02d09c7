import { ApplicationCommandOptionType, InteractionContextType } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { DISCORD_COMMAND_DESCRIPTION_MAX_LENGTH, DiscordLimitError } from "../../../src/adapters/discord/discord-limits";
import { buildSlashCommands } from "../../../src/adapters/discord/slash-commands";
import { createCommandTable } from "../../../src/core/command-list";

describe("buildSlashCommands", () => {
  const table = createCommandTable().list;
  const built = buildSlashCommands(table);

  it("makes one slash command per command-table entry, in order, the core's /journal included once", () => {
    expect(built.map((command) => command.name)).toEqual(table.map((command) => command.name));
    expect(built.find((command) => command.name === "journal")?.options).toEqual([
      expect.objectContaining({ name: "text", required: false, description: expect.stringMatching(/writing box/) }),
    ]);
    expect(built.every((command) => command.description.length <= DISCORD_COMMAND_DESCRIPTION_MAX_LENGTH)).toBe(true);
  });

  it("gives a command with an argument one text option, named as the core names it", () => {
    expect(built.find((command) => command.name === "checkin")?.options).toEqual([
      expect.objectContaining({ type: ApplicationCommandOptionType.String, name: "time", required: false }),
    ]);
    expect(built.find((command) => command.name === "win")?.options).toEqual([expect.objectContaining({ name: "text", required: true })]);
    expect(built.find((command) => command.name === "safety")?.options).toBeUndefined();
  });

  it("offers every command in servers and in the DM with the bot", () => {
    expect(built.every((command) => command.contexts?.join() === [InteractionContextType.Guild, InteractionContextType.BotDM].join())).toBe(true);
  });

  it("refuses what Discord would refuse", () => {
    expect(() => buildSlashCommands([{ name: "Bad Name", summary: "x" }])).toThrow(DiscordLimitError);
    expect(() => buildSlashCommands([{ name: "ok", summary: "x".repeat(101) }])).toThrow(DiscordLimitError);
    expect(() => buildSlashCommands([{ name: "mine", summary: "x" }, { name: "mine", summary: "y" }])).toThrow(/twice/);
    expect(() => buildSlashCommands([{ name: "ok", summary: "x", argument: { name: "Two Words", description: "d", required: false } }])).toThrow(DiscordLimitError);
  });
});
