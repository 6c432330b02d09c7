import { ButtonStyle, ComponentType } from "discord.js";
import type { APIActionRowComponent, APIButtonComponentWithCustomId } from "discord.js";
import type { Attachment, Button, Reply } from "../../core/replies";
import {
  DISCORD_ATTACHMENT_DESCRIPTION_MAX_LENGTH,
  DISCORD_BUTTON_LABEL_MAX_LENGTH,
  DISCORD_BUTTONS_PER_ROW,
  DISCORD_CUSTOM_ID_MAX_LENGTH,
  DISCORD_FILES_PER_MESSAGE,
  DISCORD_MESSAGE_MAX_LENGTH,
  DISCORD_ROWS_PER_MESSAGE,
  DISCORD_UPLOAD_MAX_BYTES,
  DiscordLimitError,
} from "./discord-limits";
import { JOURNAL_BUTTON_ID, JOURNAL_BUTTON_LABEL } from "./journal-modal";

export type DiscordButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** A file to upload with a message. */
export interface DiscordFile {
  name: string;
  bytes: Uint8Array;
  /** Alt text, read by screen readers. */
  description?: string;
}

/** One Discord message, as plain data: the adapter adds delivery details (ephemeral, mentions). */
export interface DiscordMessageParts {
  /** Markdown-escaped, at most DISCORD_MESSAGE_MAX_LENGTH; "" when the message is only buttons or files. */
  content: string;
  components: DiscordButtonRow[];
  files: DiscordFile[];
}

const URL_PATTERN = /https?:\/\/[^\s<>]+/g;
// Inline markup: bold/italic, underline, strike, code, spoilers, masked links, mentions and timestamps.
const INLINE_MARKUP = /[\\*_~`|[\]<]/g;
// Markup that only counts at the start of a line: headings, quotes, subtext.
const LINE_START_MARKUP = /^([ \t]*)(#|>|-#)/gm;

/** The core sends plain text: every character Discord would read as markup is shown as itself. */
export function escapeDiscordMarkdown(text: string): string {
  let escaped = "";
  let last = 0;
  // Links stay as they are, so they remain clickable (a backslash would become part of the URL).
  for (const match of text.matchAll(URL_PATTERN)) {
    escaped += escapePlain(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return (escaped + escapePlain(text.slice(last))).replace(LINE_START_MARKUP, "$1\\$2");
}

function escapePlain(text: string): string {
  return text.replace(INLINE_MARKUP, "\\$&");
}

/** Where to end a chunk of at most `max` characters: a paragraph, a line, a space, or a safe hard cut. */
function cutPoint(text: string, max: number): { end: number; resume: number } {
  for (const separator of ["\n\n", "\n", " "]) {
    const at = text.lastIndexOf(separator, max);
    // A boundary in the first half would leave a stub; a hard cut reads better then.
    if (at > max / 2) return { end: at, resume: at + separator.length };
  }
  let end = max;
  // Never split an emoji's surrogate pair, nor a backslash from the character it escapes.
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
  const backslashes = /\\+$/.exec(text.slice(0, end))?.[0].length ?? 0;
  if (backslashes % 2 === 1) end -= 1;
  return { end, resume: end };
}

/** Splits text into chunks Discord accepts, preferring paragraph, then line, then word boundaries. */
export function splitDiscordContent(text: string, max = DISCORD_MESSAGE_MAX_LENGTH): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const { end, resume } = cutPoint(rest, max);
    chunks.push(rest.slice(0, end));
    rest = rest.slice(resume);
  }
  chunks.push(rest);
  // Discord refuses whitespace-only content; it trims the rest itself.
  return chunks.filter((chunk) => chunk.trim() !== "");
}

function toButton(button: Button): APIButtonComponentWithCustomId {
  if (button.id.length === 0 || button.id.length > DISCORD_CUSTOM_ID_MAX_LENGTH) {
    throw new DiscordLimitError(`Button id "${button.id.slice(0, 40)}…" has ${button.id.length} characters; Discord allows 1 to ${DISCORD_CUSTOM_ID_MAX_LENGTH}`);
  }
  if (button.label.trim().length === 0 || button.label.length > DISCORD_BUTTON_LABEL_MAX_LENGTH) {
    throw new DiscordLimitError(`Button "${button.id}" has a label of ${button.label.length} characters; Discord allows 1 to ${DISCORD_BUTTON_LABEL_MAX_LENGTH}`);
  }
  return { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: button.id, label: button.label };
}

/** A reply that invites journal writing gets a "Write more…" button first, which opens a writing box (a modal). */
function withJournalButton(reply: Reply): Button[][] {
  const rows = reply.buttons ?? [];
  if (reply.awaitsText !== "journal") return [...rows];
  const writeMore = { id: JOURNAL_BUTTON_ID, label: JOURNAL_BUTTON_LABEL };
  const [first, ...rest] = rows;
  return first ? [[writeMore, ...first], ...rest] : [[writeMore]];
}

/** The core's rows as action rows: a row longer than Discord allows wraps onto the next one. */
function toActionRows(rows: readonly Button[][]): DiscordButtonRow[] {
  const actionRows: DiscordButtonRow[] = [];
  for (const row of rows) {
    for (let start = 0; start < row.length; start += DISCORD_BUTTONS_PER_ROW) {
      const buttons = row.slice(start, start + DISCORD_BUTTONS_PER_ROW).map(toButton);
      actionRows.push({ type: ComponentType.ActionRow, components: buttons });
    }
  }
  return actionRows;
}

/** Rows in groups a message can carry; Discord refuses two components with one id in a message. */
function groupRows(rows: DiscordButtonRow[]): DiscordButtonRow[][] {
  const groups: DiscordButtonRow[][] = [];
  for (let start = 0; start < rows.length; start += DISCORD_ROWS_PER_MESSAGE) {
    const group = rows.slice(start, start + DISCORD_ROWS_PER_MESSAGE);
    const ids = group.flatMap((row) => row.components.map((button) => button.custom_id));
    const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
    if (duplicate) throw new DiscordLimitError(`Button id "${duplicate}" appears twice in one message`);
    groups.push(group);
  }
  return groups;
}

function toFile(attachment: Attachment): DiscordFile {
  if (attachment.bytes.byteLength > DISCORD_UPLOAD_MAX_BYTES) {
    throw new DiscordLimitError(`File "${attachment.name}" has ${attachment.bytes.byteLength} bytes; Discord accepts ${DISCORD_UPLOAD_MAX_BYTES}`);
  }
  if (attachment.alt && attachment.alt.length > DISCORD_ATTACHMENT_DESCRIPTION_MAX_LENGTH) {
    throw new DiscordLimitError(`The description of "${attachment.name}" is longer than ${DISCORD_ATTACHMENT_DESCRIPTION_MAX_LENGTH} characters`);
  }
  return { name: attachment.name, bytes: attachment.bytes, ...(attachment.alt ? { description: attachment.alt } : {}) };
}

/**
 * Renders one core reply as the Discord messages that show all of it, in order: the text split at
 * 2,000 characters, then buttons and files on the last text message (so they follow the words they
 * belong to), and any buttons beyond 5 rows on further messages. Throws DiscordLimitError for what
 * cannot be shown whole.
 */
export function toDiscordMessages(reply: Reply): DiscordMessageParts[] {
  const messages: DiscordMessageParts[] = splitDiscordContent(escapeDiscordMarkdown(reply.text)).map((content) => ({
    content,
    components: [],
    files: [],
  }));
  const rowGroups = groupRows(toActionRows(withJournalButton(reply)));
  const files = [reply.image, reply.file].filter((file): file is Attachment => file !== undefined).map(toFile);
  if (files.length > DISCORD_FILES_PER_MESSAGE) throw new DiscordLimitError(`A message carries at most ${DISCORD_FILES_PER_MESSAGE} files`);
  if (messages.length === 0 && (rowGroups.length > 0 || files.length > 0)) messages.push({ content: "", components: [], files: [] });
  const last = messages.at(-1);
  if (last) {
    last.components = rowGroups[0] ?? [];
    last.files = files;
  }
  for (const group of rowGroups.slice(1)) messages.push({ content: "", components: group, files: [] });
  return messages;
}

/** What discord.js needs to send one message; `allowedMentions` keeps text like "@everyone" from pinging. */
export interface DiscordPayload {
  content?: string;
  components: DiscordButtonRow[];
  files: { attachment: Buffer; name: string; description?: string }[];
  allowedMentions: { parse: [] };
}

export function toDiscordPayload(parts: DiscordMessageParts): DiscordPayload {
  return {
    ...(parts.content ? { content: parts.content } : {}),
    components: parts.components,
    files: parts.files.map((file) => ({
      attachment: Buffer.from(file.bytes),
      name: file.name,
      ...(file.description ? { description: file.description } : {}),
    })),
    allowedMentions: { parse: [] },
  };
}
