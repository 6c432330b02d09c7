// PLACEHOLDER until the Telegram adapter lands: the signature main.ts relies on.
import type { Core } from "../../core/handle-event";
import type { Logger } from "../../core/ports";
import type { Adapter } from "../adapter";

export interface TelegramAdapterOptions {
  core: Core;
  logger: Logger;
  token: string;
  /** Bot API root, e.g. a local stand-in in tests. Unset: https://api.telegram.org. */
  apiRoot?: string;
  /** Webhook mode; unset means long polling. */
  webhook?: { url: string; secret?: string; port: number };
}

export function createTelegramAdapter(options: TelegramAdapterOptions): Adapter {
  void options;
  throw new Error("The Telegram adapter is not part of this version yet; unset TELEGRAM_BOT_TOKEN");
}
