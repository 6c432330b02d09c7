import { mkdirSync, writeFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Core } from "../../core/handle-event";
import type { UserEvent, UserRef } from "../../core/events";
import type { Logger } from "../../core/ports";
import type { Attachment, Button, DeliveryOutcome, Outgoing } from "../../core/replies";
import type { Adapter } from "../adapter";
import { fromConsoleJsonLine, fromConsoleText, typedFilePath } from "./from-console-line";
import { flatButtons, toJsonLine, toTerminalText } from "./to-console-message";

/** Larger than any export (the core refuses over 20 MB with its own message); bigger files are not read. */
const MAX_CONSOLE_FILE_BYTES = 32 * 1024 * 1024;

export interface ConsoleAdapterOptions {
  core: Core;
  logger: Logger;
  input: Readable;
  output: Writable;
  /** JSON Lines in and out, for tests and tools (`npm run chat -- --json`). */
  json: boolean;
  /** Where images and files from replies are written, so the terminal can name a path. */
  attachmentsDir: string;
  /** `--clock virtual`: sets the clock and runs (and delivers) the scheduled work then due. */
  advanceClock?: (at: Date) => Promise<void>;
  /** The one person at the terminal in interactive mode. */
  localUser?: string;
}

/** The terminal adapter: one local person interactively, or many people as JSON Lines. */
export class ConsoleAdapter implements Adapter {
  readonly platform = "console" as const;
  private lastButtons: Button[] = [];
  private readonly localUser: UserRef;
  private attachmentCount = 0;

  constructor(private readonly options: ConsoleAdapterOptions) {
    this.localUser = { platform: "console", platformUserId: options.localUser ?? "me" };
  }

  async start(): Promise<void> {
    const { input, json } = this.options;
    const lines = createInterface({ input, crlfDelay: Infinity, terminal: false });
    if (!json) this.prompt("Hi. Type /start to begin, /safety or help any time you need support, or /commands for everything.");
    let lineNumber = 0;
    // Lines are handled one at a time, in order: a person's messages never overtake each other.
    for await (const line of lines) {
      lineNumber += 1;
      if (json) await this.handleJsonLine(line, lineNumber);
      else await this.handleTypedLine(line);
    }
  }

  async deliver(messages: readonly Outgoing[]): Promise<DeliveryOutcome[]> {
    return messages.map((message) => {
      this.print(message);
      return "sent";
    });
  }

  async stop(): Promise<void> {}

  private async handleTypedLine(line: string): Promise<void> {
    const choice = /^\s*(\d{1,2})\s*$/.exec(line);
    const button = choice ? this.lastButtons[Number(choice[1]) - 1] : undefined;
    const event = button
      ? { kind: "press" as const, user: this.localUser, chat: "private" as const, actionId: button.id }
      : fromConsoleText(this.localUser, line);
    const path = typedFilePath(event);
    await this.deliver(await this.options.core.handleEvent(path ? await this.withFile({ ...event, args: "" } as UserEvent, path) : event));
    this.options.output.write("> ");
  }

  private async handleJsonLine(line: string, lineNumber: number): Promise<void> {
    if (line.trim()) {
      const parsed = fromConsoleJsonLine(line);
      if (parsed.kind === "invalid") {
        this.options.logger.warn({ event: "console-input", line: lineNumber }, `invalid input line: ${parsed.message}`);
        this.write(JSON.stringify({ error: `line ${lineNumber}: ${parsed.message}` }));
      } else if (parsed.kind === "clock") {
        if (!this.options.advanceClock) this.write(JSON.stringify({ error: `line ${lineNumber}: {"at"} needs --clock virtual` }));
        else await this.options.advanceClock(parsed.at);
      } else {
        const event = parsed.filePath ? await this.withFile(parsed.event, parsed.filePath) : parsed.event;
        await this.deliver(await this.options.core.handleEvent(event));
      }
    }
    this.write(JSON.stringify({ done: lineNumber }));
  }

  /** Reads a file the person named; one that cannot be read arrives as no file, and the core explains. */
  private async withFile(event: UserEvent, path: string): Promise<UserEvent> {
    if (event.kind === "press") return event;
    try {
      const info = await stat(path);
      if (!info.isFile() || info.size > MAX_CONSOLE_FILE_BYTES) return event;
      return { ...event, file: { name: basename(path), bytes: new Uint8Array(await readFile(path)) } };
    } catch {
      return event;
    }
  }

  private print(message: Outgoing): void {
    const paths = {
      ...(message.reply.image ? { image: this.saveAttachment(message.reply.image) } : {}),
      ...(message.reply.file ? { file: this.saveAttachment(message.reply.file) } : {}),
    };
    if (this.options.json) return this.write(toJsonLine(message, paths));
    this.lastButtons = flatButtons(message.reply);
    this.write(`\n${toTerminalText(message.reply, paths)}`);
  }

  private saveAttachment(attachment: Attachment): string {
    mkdirSync(this.options.attachmentsDir, { recursive: true });
    this.attachmentCount += 1;
    const safeName = attachment.name.replace(/[^\w.-]/g, "_");
    const path = resolve(join(this.options.attachmentsDir, `${Date.now()}-${this.attachmentCount}-${safeName}`));
    writeFileSync(path, attachment.bytes, { mode: 0o600 });
    return path;
  }

  private prompt(text: string): void {
    this.write(text);
    this.options.output.write("> ");
  }

  private write(line: string): void {
    this.options.output.write(`${line}\n`);
  }
}
