import { reply, type HandlerContext } from "../../context";
import type { Command } from "../../router";
import type { Reply } from "../../replies";

/** `/commands`: generated from the command table, so it can never fall out of date. */
export function listCommands(commands: () => readonly Command[]) {
  return async (_ctx: HandlerContext): Promise<Reply[]> => {
    const lines = commands().map((command) => `/${command.usage ?? command.name}: ${command.summary}`);
    return [
      reply(
        [
          "Here's what I can do:",
          ...lines,
          "",
          "You can also just write: win: ... logs a win, and help shows your safety plan and crisis lines.",
        ].join("\n"),
      ),
    ];
  };
}
