// Telegram Bot API limits (https://core.telegram.org/bots/api, https://core.telegram.org/bots/faq).
// A reply that would break one fails in a unit test: content is never cut silently.

/** Characters in one text message (after HTML escaping, counted conservatively). */
export const TELEGRAM_MESSAGE_MAX_LENGTH = 4096;
/** Characters in a photo's or document's caption. */
export const TELEGRAM_CAPTION_MAX_LENGTH = 1024;
/** Bytes of `callback_data` on an inline button. */
export const TELEGRAM_CALLBACK_DATA_MAX_BYTES = 64;
/** Bot commands in the menu: name and description limits. */
export const TELEGRAM_COMMAND_NAME = /^[a-z0-9_]{1,32}$/;
export const TELEGRAM_COMMAND_DESCRIPTION_MAX_LENGTH = 256;
/** Updates per getUpdates call. */
export const TELEGRAM_GET_UPDATES_MAX_LIMIT = 100;
/** Broadcast limits from Telegram's FAQ: about 30 messages a second overall, one a second per chat. */
export const TELEGRAM_MESSAGES_PER_SECOND = 30;
export const TELEGRAM_PER_CHAT_INTERVAL_MS = 1000;
