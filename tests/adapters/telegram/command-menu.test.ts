import { describe, expect, it } from "vitest";
import { toBotCommands } from "../../../src/adapters/telegram/command-menu";
import { TelegramLimitError } from "../../../src/adapters/telegram/to-telegram-message";
import { testCompanion } from "../../fakes/test-companion";

describe("toBotCommands", () => {
  it("lists the core's command table, in order, with each summary as the description", () => {
    const { core } = testCompanion();
    const menu = toBotCommands(core.commands.list);
    expect(menu.map((c) => c.command)).toEqual(core.commands.list.map((c) => c.name));
    expect(menu[0]).toEqual({ command: "safety", description: core.commands.find("safety")!.summary });
  });

  it("refuses what Telegram's menu cannot hold", () => {
    const handle = async () => [];
    expect(() => toBotCommands([{ name: "Check-In", summary: "x", handle }])).toThrow(TelegramLimitError);
    expect(() => toBotCommands([{ name: "ok", summary: " ", handle }])).toThrow(TelegramLimitError);
  });
});
