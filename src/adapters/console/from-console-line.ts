import { z } from "zod";
import type { UserEvent, UserRef } from "../../core/events";
import { parseCommand } from "../../core/router";

/** `/import <path>` typed in the terminal sends that file, as a document would on a chat platform. */
export function typedFilePath(event: UserEvent): string | null {
  return event.kind === "command" && event.name === "import" && event.args ? event.args : null;
}

/** A typed line in the terminal (or a `text` in JSON mode): `/name args` is a command, the rest text. */
export function fromConsoleText(user: UserRef, text: string, eventId?: string): UserEvent {
  const command = text.trimStart().startsWith("/") ? parseCommand(text) : null;
  const base = { user, chat: "private" as const, ...(eventId ? { eventId } : {}) };
  return command ? { ...base, kind: "command", name: command.name, args: command.args } : { ...base, kind: "text", text };
}

const ZUserName = z.string().trim().min(1).max(64);

/** One line of `npm run chat -- --json` input. */
export const ZConsoleJsonLine = z.union([
  z.object({ user: ZUserName, text: z.string().max(100_000), chat: z.enum(["private", "group"]).optional(), file: z.string().min(1).max(4096).optional() }),
  z.object({ user: ZUserName, press: z.string().min(1).max(200), chat: z.enum(["private", "group"]).optional() }),
  z.object({ at: z.iso.datetime({ offset: true }) }),
]);

export type ConsoleJsonLine = z.infer<typeof ZConsoleJsonLine>;

export type ParsedJsonLine =
  | { kind: "event"; event: UserEvent; /** A file sent with the message, as a path to read. */ filePath?: string }
  | { kind: "clock"; at: Date }
  | { kind: "invalid"; message: string };

export function fromConsoleJsonLine(line: string): ParsedJsonLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { kind: "invalid", message: "not JSON" };
  }
  const parsed = ZConsoleJsonLine.safeParse(value);
  if (!parsed.success) return { kind: "invalid", message: 'expected {"user","text"}, {"user","press"} or {"at"}' };
  const data = parsed.data;
  if ("at" in data) return { kind: "clock", at: new Date(data.at) };
  const user: UserRef = { platform: "console", platformUserId: data.user };
  const chat = data.chat ?? "private";
  if ("press" in data) return { kind: "event", event: { kind: "press", user, chat, actionId: data.press } };
  const event = fromConsoleText(user, data.text);
  return { kind: "event", event: { ...event, chat }, ...(data.file ? { filePath: data.file } : {}) };
}
