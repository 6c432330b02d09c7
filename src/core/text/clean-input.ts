/**
 * Longest message the companion keeps in one piece. Above Telegram's 4,096 and Discord's 4,000
 * (modal) limits, so only pasted text in the terminal can reach it.
 */
export const MAX_MESSAGE_LENGTH = 8000;

// C0/C1 control characters other than tab and newline, and bidi overrides that can disguise text.
const UNWANTED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Removes control characters and normalises line endings; keeps emoji and every script. */
export function cleanInput(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(UNWANTED, "").normalize("NFC").trim();
}

export function isTooLong(text: string): boolean {
  return text.length > MAX_MESSAGE_LENGTH;
}
