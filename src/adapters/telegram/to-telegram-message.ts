import type { InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import type { Attachment, Button, Reply } from "../../core/replies";
import { TELEGRAM_CALLBACK_DATA_MAX_BYTES, TELEGRAM_CAPTION_MAX_LENGTH, TELEGRAM_MESSAGE_MAX_LENGTH } from "./telegram-limits";

/** A reply that cannot be shown within Telegram's limits: a bug to fix, never content to drop. */
export class TelegramLimitError extends Error {
  override readonly name = "TelegramLimitError";
}

/** Every text goes out as HTML with escaped content, so nothing a person wrote can become markup. */
interface Formatted {
  /** Always "HTML" from the renderer; left out only by the plain-text fallback. */
  parse_mode: "HTML" | undefined;
  reply_markup?: InlineKeyboardMarkup;
}

export interface TelegramTextMessage extends Formatted {
  method: "sendMessage";
  text: string;
  // Crisis lines carry links; a preview card would push the numbers out of sight.
  link_preview_options: { is_disabled: true };
}

export interface TelegramMediaMessage extends Formatted {
  method: "sendPhoto" | "sendDocument";
  attachment: Attachment;
  caption?: string;
}

/** One Bot API call that shows part of a reply, in the order to send. */
export type TelegramMessage = TelegramTextMessage | TelegramMediaMessage;

export interface RenderOptions {
  /** In a group: a link to the private chat (`https://t.me/<bot>`), shown as a button under the reply. */
  dmInviteUrl?: string;
}

export const DM_INVITE_LABEL = "Message me privately";
export const PRESSED_MARK = "✓";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** Escapes text for Telegram's HTML parse mode (the three characters the Bot API asks for). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (char) => HTML_ESCAPES[char]!);
}

/** The inverse of escapeHtml, for the plain-text fallback and for tests that read what was sent. */
export function unescapeHtml(html: string): string {
  return html.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** Length after escaping, in UTF-16 units as Telegram counts; the limit applies after parsing, so this is on the safe side. */
function escapedLength(text: string): number {
  let length = text.length;
  for (const char of text) if (char in HTML_ESCAPES) length += HTML_ESCAPES[char]!.length - 1;
  return length;
}

/** Cuts one over-long line at the last space that fits, else between characters (never inside a surrogate pair). */
function splitLongLine(line: string, max: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  let pieceLength = 0;
  for (const char of line) {
    const cost = escapedLength(char);
    while (piece && pieceLength + cost > max) {
      const lastSpace = piece.lastIndexOf(" ");
      const cut = lastSpace > 0 ? lastSpace : piece.length;
      pieces.push(piece.slice(0, cut));
      piece = piece.slice(cut).replace(/^ /, "");
      pieceLength = escapedLength(piece);
    }
    piece += char;
    pieceLength += cost;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Splits plain text into parts whose escaped form fits `max`, on line boundaries where it can
 * (a paragraph is never broken while a whole line fits), then on spaces, then anywhere.
 */
export function splitText(text: string, max: number = TELEGRAM_MESSAGE_MAX_LENGTH): string[] {
  const parts: string[] = [];
  let current: string[] = [];
  let currentLength = 0;
  const flush = () => {
    const part = current.join("\n").replace(/^\n+|\n+$/g, "");
    if (part.trim()) parts.push(part);
    current = [];
    currentLength = 0;
  };
  for (const line of text.split("\n")) {
    const cost = escapedLength(line) + (current.length > 0 ? 1 : 0);
    if (currentLength + cost <= max) {
      current.push(line);
      currentLength += cost;
      continue;
    }
    flush();
    if (escapedLength(line) <= max) {
      current = [line];
      currentLength = escapedLength(line);
      continue;
    }
    const pieces = splitLongLine(line, max);
    for (const piece of pieces.slice(0, -1)) parts.push(piece);
    current = [pieces.at(-1) ?? ""];
    currentLength = escapedLength(current[0]!);
  }
  flush();
  return parts;
}

function toInlineButton(button: Button): InlineKeyboardButton {
  const bytes = Buffer.byteLength(button.id, "utf8");
  if (bytes < 1 || bytes > TELEGRAM_CALLBACK_DATA_MAX_BYTES) {
    throw new TelegramLimitError(`Button id "${button.id.slice(0, 80)}" is ${bytes} bytes; Telegram's callback_data takes 1 to ${TELEGRAM_CALLBACK_DATA_MAX_BYTES}`);
  }
  if (!button.label.trim()) throw new TelegramLimitError(`Button "${button.id}" has no label`);
  return { text: button.label, callback_data: button.id };
}

/** The reply's buttons as an inline keyboard, plus the DM link in groups; undefined when there are none. */
export function toInlineKeyboard(buttons: Reply["buttons"], options: RenderOptions = {}): InlineKeyboardMarkup | undefined {
  const rows: InlineKeyboardButton[][] = (buttons ?? []).filter((row) => row.length > 0).map((row) => row.map(toInlineButton));
  if (options.dmInviteUrl) rows.push([{ text: DM_INVITE_LABEL, url: options.dmInviteUrl }]);
  return rows.length > 0 ? { inline_keyboard: rows } : undefined;
}

function textMessage(plain: string): TelegramTextMessage {
  return { method: "sendMessage", text: escapeHtml(plain), parse_mode: "HTML", link_preview_options: { is_disabled: true } };
}

/**
 * The one renderer: a neutral reply as the Telegram calls that show it. Long text is split at
 * 4,096 characters on line boundaries; an image goes with sendPhoto, a file with sendDocument; a
 * short text rides along as the first attachment's caption; the keyboard sits on the last message.
 */
export function toTelegramMessages(reply: Reply, options: RenderOptions = {}): TelegramMessage[] {
  const keyboard = toInlineKeyboard(reply.buttons, options);
  const media: TelegramMediaMessage[] = [
    ...(reply.image ? [{ method: "sendPhoto" as const, attachment: reply.image, parse_mode: "HTML" as const }] : []),
    ...(reply.file ? [{ method: "sendDocument" as const, attachment: reply.file, parse_mode: "HTML" as const }] : []),
  ];
  const text = reply.text.trim();
  let messages: TelegramMessage[];
  if (media.length > 0 && escapedLength(text) <= TELEGRAM_CAPTION_MAX_LENGTH) {
    messages = media.map((message, index) => (index === 0 && text ? { ...message, caption: escapeHtml(text) } : message));
  } else {
    messages = [...splitText(text).map(textMessage), ...media];
  }
  if (messages.length === 0) throw new TelegramLimitError(`A ${reply.kind} reply has no text and no attachment: Telegram cannot show it`);
  if (keyboard) messages[messages.length - 1] = { ...messages.at(-1)!, reply_markup: keyboard };
  return messages;
}

/** How the message whose button was pressed is changed, so the same choice cannot be made twice by accident. */
export type TelegramPressEdit =
  | { method: "editMessageText"; text: string; parse_mode: "HTML"; link_preview_options: { is_disabled: true } }
  | { method: "editMessageReplyMarkup" };

/**
 * After a press the keyboard goes. A text message also shows what was chosen ("✓ 4") when that
 * still fits; otherwise (captions, very long texts) only the keyboard is removed.
 */
export function toPressedEdit(message: { text?: string; reply_markup?: InlineKeyboardMarkup }, pressedData: string): TelegramPressEdit {
  const pressed = message.reply_markup?.inline_keyboard.flat().find((button) => "callback_data" in button && button.callback_data === pressedData);
  if (message.text && pressed) {
    const text = `${escapeHtml(message.text)}\n\n${PRESSED_MARK} ${escapeHtml(pressed.text)}`;
    if (text.length <= TELEGRAM_MESSAGE_MAX_LENGTH) {
      return { method: "editMessageText", text, parse_mode: "HTML", link_preview_options: { is_disabled: true } };
    }
  }
  return { method: "editMessageReplyMarkup" };
}
