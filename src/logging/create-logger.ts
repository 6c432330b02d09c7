import { createHash } from "node:crypto";
import pino from "pino";
import type { LogFields, Logger } from "../core/ports";

/** Log lines carry kinds and ids; a person's platform id is hashed so logs cannot be joined to them. */
export function hashUserId(platformUserId: string): string {
  return createHash("sha256").update(`between:${platformUserId}`).digest("hex").slice(0, 12);
}

/** A pino logger writing JSON lines to stderr, so stdout stays free for the console adapter. */
export function createLogger(level: string): Logger {
  const log = pino({ level, base: undefined }, pino.destination({ fd: 2, sync: true }));
  return {
    debug: (fields: LogFields, message: string) => log.debug(fields, message),
    info: (fields: LogFields, message: string) => log.info(fields, message),
    warn: (fields: LogFields, message: string) => log.warn(fields, message),
    error: (fields: LogFields, message: string) => log.error(fields, message),
  };
}
