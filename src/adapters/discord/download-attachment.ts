import type { IncomingFile } from "../../core/events";
import type { Logger } from "../../core/ports";

/** Larger than any export (the core refuses over 20 MB with its own words); bigger files are not fetched. */
export const DISCORD_DOWNLOAD_MAX_BYTES = 32 * 1024 * 1024;

/**
 * Fetches a file a person attached to a DM (an export sent with /import) from the URL Discord gave.
 * A file that cannot be fetched arrives as no file, and the core explains what to send.
 */
export async function downloadAttachment(attachment: { name: string; url: string; size: number }, logger: Logger): Promise<IncomingFile | null> {
  if (attachment.size > DISCORD_DOWNLOAD_MAX_BYTES) return null;
  try {
    const response = await fetch(attachment.url, { signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new Error(`status ${response.status}`);
    return { name: attachment.name, bytes: new Uint8Array(await response.arrayBuffer()) };
  } catch (error) {
    logger.warn({ event: "discord-attachment", error: (error as Error).name }, "an attached file could not be fetched");
    return null;
  }
}
