import type { Api } from "grammy";
import type { Logger } from "../../core/ports";
import type { SentDocument } from "./from-telegram-update";
import { errorFields } from "./send-telegram-message";

/** Bots may download files up to 20 MB through the Bot API: anything said to be bigger is not fetched. */
export const TELEGRAM_DOWNLOAD_MAX_BYTES = 20 * 1024 * 1024;

const TELEGRAM_API_ROOT = "https://api.telegram.org";

/** getFile, then the file URL (which carries the token, so it is never logged). */
export function telegramFileDownloader(api: Api, token: string, apiRoot: string | undefined, logger: Logger) {
  return async (document: SentDocument): Promise<Uint8Array | null> => {
    if (document.size !== undefined && document.size > TELEGRAM_DOWNLOAD_MAX_BYTES) return null;
    try {
      const file = await api.getFile(document.fileId);
      if (!file.file_path) return null;
      const response = await fetch(`${apiRoot ?? TELEGRAM_API_ROOT}/file/bot${token}/${file.file_path}`, { signal: AbortSignal.timeout(30_000) });
      if (!response.ok) throw new Error(`status ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      logger.warn({ event: "telegram-file", ...errorFields(error) }, "a sent file could not be fetched");
      return null;
    }
  };
}
