/**
 * Discord's limits that the renderer and command builders respect. A reply that would exceed one is
 * split or reflowed where that keeps every word and button; where it cannot, rendering throws a
 * `DiscordLimitError` (a bug in what the core produced), and a unit test fails.
 */

/** Characters of `content` in one message. */
export const DISCORD_MESSAGE_MAX_LENGTH = 2000;
/** Buttons in one action row. */
export const DISCORD_BUTTONS_PER_ROW = 5;
/** Action rows in one message. */
export const DISCORD_ROWS_PER_MESSAGE = 5;
/** Characters of a component's `custom_id` (and a modal's). */
export const DISCORD_CUSTOM_ID_MAX_LENGTH = 100;
/** Characters of a button label. */
export const DISCORD_BUTTON_LABEL_MAX_LENGTH = 80;
/** Files attached to one message. */
export const DISCORD_FILES_PER_MESSAGE = 10;
/** Bytes of one upload for a bot without server boosts. */
export const DISCORD_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
/** Characters of an attachment's description (alt text). */
export const DISCORD_ATTACHMENT_DESCRIPTION_MAX_LENGTH = 1024;
/** Slash command and option names: lower case letters, digits, - and _, 1 to 32. */
export const DISCORD_COMMAND_NAME = /^[-_\p{Ll}\p{N}]{1,32}$/u;
/** Characters of a slash command's or option's description. */
export const DISCORD_COMMAND_DESCRIPTION_MAX_LENGTH = 100;
/** Slash commands of one scope (global, or one guild). */
export const DISCORD_COMMANDS_MAX = 100;
/** Characters of a modal title. */
export const DISCORD_MODAL_TITLE_MAX_LENGTH = 45;
/** Characters a modal's text input can hold. */
export const DISCORD_TEXT_INPUT_MAX_LENGTH = 4000;
/** An interaction must be answered (or deferred) within this long, or the person sees "failed". */
export const DISCORD_INTERACTION_ACK_MS = 3000;

/** A reply the renderer cannot show on Discord without losing part of it. */
export class DiscordLimitError extends Error {
  override readonly name = "DiscordLimitError";
}
