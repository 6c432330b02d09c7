import type { Handler, HandlerContext } from "./context";
import type { Reply } from "./replies";

/** One row of the command table. `/commands`, Telegram's menu and Discord's slash commands come from it. */
export interface Command {
  /** Lower case, 1-32 characters of a-z, 0-9 and _ (what both platforms accept). */
  name: string;
  /** One line for menus: at most 100 characters (Discord's limit for descriptions). */
  summary: string;
  /** An optional argument, so platforms with typed options (Discord) can offer a field. */
  argument?: { name: string; description: string; required: boolean };
  /** Shown in `/commands` as the example use. */
  usage?: string;
  handle: Handler;
}

/** A free-text rule: tried in order on plain messages outside a guided flow. */
export interface TextRule {
  name: string;
  match(text: string): string | null;
  handle: Handler;
}

/** A guided flow: plain messages go to it while the person is in it. */
export type FlowHandler = (ctx: HandlerContext, text: string) => Promise<Reply[]>;

/** Button presses are routed by the namespace before the first dot: `checkin.mood:4` -> `checkin`. */
export type PressHandler = (ctx: HandlerContext, action: string) => Promise<Reply[]>;

const COMMAND_NAME = /^[a-z0-9_]{1,32}$/;
export const COMMAND_SUMMARY_MAX_LENGTH = 100;

export interface CommandTable {
  list: readonly Command[];
  find(name: string): Command | undefined;
}

/** Builds the one command table; a duplicate or malformed entry stops start-up. */
export function buildCommandTable(commands: readonly Command[]): CommandTable {
  const byName = new Map<string, Command>();
  for (const command of commands) {
    if (!COMMAND_NAME.test(command.name)) throw new Error(`Command name "${command.name}" must match ${COMMAND_NAME}`);
    if (command.summary.length > COMMAND_SUMMARY_MAX_LENGTH) {
      throw new Error(`Command "${command.name}" summary is longer than ${COMMAND_SUMMARY_MAX_LENGTH} characters`);
    }
    if (byName.has(command.name)) throw new Error(`Command "${command.name}" is registered twice`);
    byName.set(command.name, command);
  }
  return { list: [...commands], find: (name) => byName.get(name) };
}

/** Parses `/name args` (with an optional `@botname`); null when the text is not a command. */
export function parseCommand(text: string): { name: string; args: string } | null {
  const match = /^\/([A-Za-z0-9_]{1,32})(?:@[A-Za-z0-9_]+)?(?:\s+([\s\S]*))?$/.exec(text.trim());
  if (!match) return null;
  return { name: match[1]!.toLowerCase(), args: (match[2] ?? "").trim() };
}
