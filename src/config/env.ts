import { z } from "zod";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** 32 bytes as base64 (44 characters with its one "=") or as 64 hex digits. */
const DATA_KEY = /^([A-Za-z0-9+/]{43}=|[0-9a-fA-F]{64})$/;

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

/** Every setting the companion reads from the environment; `.env.example` mirrors this list. */
export const ZEnv = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .default("file:./data/companion.db")
    .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), "must start with file: (SQLite) or postgres:// (PostgreSQL)"),
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
  DATA_ENCRYPTION_KEY: optionalText.refine((key) => !key || DATA_KEY.test(key), "is not a 32-byte key in base64 or hex (make one with: openssl rand -base64 32)"),
  DATA_ENCRYPTION_OLD_KEYS: optionalText.refine(
    (keys) => !keys || keys.split(",").every((key) => DATA_KEY.test(key.trim())),
    "must be comma-separated 32-byte keys in base64 or hex",
  ),
  TELEGRAM_BOT_TOKEN: optionalText.refine((token) => !token || /^\d+:[\w-]{20,}$/.test(token), "is not a Telegram bot token (digits:letters, from @BotFather)"),
  TELEGRAM_WEBHOOK_URL: optionalText.refine((url) => !url || /^https:\/\//.test(url), "must be an https:// URL"),
  TELEGRAM_WEBHOOK_SECRET: optionalText.refine((s) => !s || /^[A-Za-z0-9_-]{1,256}$/.test(s), "may use only A-Z, a-z, 0-9, _ and - (1 to 256 characters)"),
  TELEGRAM_API_ROOT: optionalText.refine((url) => !url || /^https?:\/\/[^/]+.*[^/]$/.test(url), "must be an http(s) URL without a trailing slash"),
  DISCORD_BOT_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText.refine((id) => !id || /^\d{17,20}$/.test(id), "must be a Discord application id (17 to 20 digits)"),
  DISCORD_API_ROOT: optionalText.refine((url) => !url || /^https?:\/\/[^/]+.*[^/]$/.test(url), "must be an http(s) URL without a trailing slash"),
  CHECKIN_CATCH_UP_MINUTES: z.coerce.number().int().min(0).max(24 * 60).default(120),
  PLAN_REVIEW_WEEKS: z.coerce.number().int().min(0).max(52).default(4),
  CHECKIN_ASK_TO_PAUSE_AFTER: z.coerce.number().int().min(0).max(100).default(5),
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
});

export type Env = z.infer<typeof ZEnv>;

export type EnvResult = { ok: true; env: Env } | { ok: false; message: string };

/** Parses the environment; on failure, one line naming the first bad variable and what is wrong. */
export function parseEnv(source: Record<string, string | undefined>): EnvResult {
  const result = ZEnv.safeParse(source);
  if (result.success) return { ok: true, env: result.data };
  const issue = result.error.issues[0]!;
  const name = String(issue.path[0] ?? "environment");
  return { ok: false, message: `Configuration error: ${name} ${issue.message}` };
}
