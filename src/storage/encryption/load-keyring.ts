import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { dataKeyFrom, type DataKey, type Keyring } from "./field-cipher";

/** Raised when the configured keys cannot be used; the message says what to do. */
export class DataKeyError extends Error {
  override name = "DataKeyError";
}

/** A key is 32 random bytes written as base64 (44 characters) or hex (64 characters). */
export function parseDataKey(text: string, name: string): DataKey {
  const trimmed = text.trim();
  const secret = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, "hex") : Buffer.from(trimmed, "base64");
  if (secret.length !== 32 || (!/^[0-9a-fA-F]{64}$/.test(trimmed) && !/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed))) {
    throw new DataKeyError(`${name} is not a 32-byte key in base64 or hex (make one with: openssl rand -base64 32)`);
  }
  return dataKeyFrom(secret);
}

export function newDataKeyText(): string {
  return randomBytes(32).toString("base64");
}

/** The key texts of a key file: one per line, the current one first; # starts a comment. */
export function readKeyLines(path: string): string[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .filter(Boolean);
}

/** One key per line, the current one first, older ones after it while a rotation runs. */
export function readKeyFile(path: string): Keyring {
  const lines = readKeyLines(path);
  if (lines.length === 0) throw new DataKeyError(`the key file ${path} holds no key`);
  const [current, ...previous] = lines.map((line, index) => parseDataKey(line, `line ${index + 1} of ${path}`));
  return { current: current!, previous };
}

/** Writes the key file whole or not at all, readable by its owner only. */
export function writeKeyFile(path: string, keyTexts: readonly string[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const body = [
    "# Between's data-encryption keys. Without this file the journal and plans in this folder cannot be read.",
    "# Back it up somewhere safe and apart from the database. The first key is current; others are being retired.",
    ...keyTexts,
    "",
  ].join("\n");
  const scratch = `${path}.tmp-${process.pid}`;
  writeFileSync(scratch, body, { mode: 0o600 });
  chmodSync(scratch, 0o600);
  renameSync(scratch, path);
}

export interface KeySettings {
  /** DATA_ENCRYPTION_KEY */
  key?: string | undefined;
  /** DATA_ENCRYPTION_OLD_KEYS: comma-separated keys still to be read while a rotation runs. */
  oldKeys?: string | undefined;
  /** Where the embedded default keeps its key when none is configured; null when a key must be configured. */
  keyFile: string | null;
}

export interface LoadedKeyring {
  keyring: Keyring;
  /** Set when a new key file was written: the person running the bot should be told. */
  createdKeyFile: string | null;
  /** Set when the key file can be read by others than its owner. */
  looseKeyFile: string | null;
}

/** The keys from the environment, else from the key file in the data folder (made on first start). */
export function loadKeyring(settings: KeySettings): LoadedKeyring {
  const previousFromEnv = (settings.oldKeys ?? "")
    .split(",")
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text, index) => parseDataKey(text, `DATA_ENCRYPTION_OLD_KEYS (key ${index + 1})`));
  if (settings.key) {
    return { keyring: { current: parseDataKey(settings.key, "DATA_ENCRYPTION_KEY"), previous: previousFromEnv }, createdKeyFile: null, looseKeyFile: null };
  }
  if (!settings.keyFile) {
    throw new DataKeyError("DATA_ENCRYPTION_KEY must be set when the database is PostgreSQL (make one with: openssl rand -base64 32)");
  }
  let createdKeyFile: string | null = null;
  if (!existsSync(settings.keyFile)) {
    writeKeyFile(settings.keyFile, [newDataKeyText()]);
    createdKeyFile = settings.keyFile;
  }
  const fromFile = readKeyFile(settings.keyFile);
  const looseKeyFile = process.platform !== "win32" && (statSync(settings.keyFile).mode & 0o077) !== 0 ? settings.keyFile : null;
  return { keyring: { current: fromFile.current, previous: [...fromFile.previous, ...previousFromEnv] }, createdKeyFile, looseKeyFile };
}

/** A keyring with one new random key: for benchmarks and throwaway databases. */
export function freshKeyring(): Keyring {
  return { current: parseDataKey(newDataKeyText(), "a fresh key"), previous: [] };
}
