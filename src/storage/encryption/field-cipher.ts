import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from "node:crypto";

/** A 256-bit data key and the short id stored beside every value sealed with it. */
export interface DataKey {
  id: string;
  secret: Buffer;
}

/** The key new values are sealed with, and older ones still readable while a rotation runs. */
export interface Keyring {
  current: DataKey;
  previous: DataKey[];
}

const VERSION = "b1";
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const SEALED = /^b1\.([0-9a-f]{8})\.([A-Za-z0-9_-]+)$/;

/** Raised when a stored value cannot be opened: a missing key, or a value changed on disk. */
export class UnreadableValueError extends Error {
  override name = "UnreadableValueError";
}

/** The id is a hash of the key, so two installs with the same key agree and the key cannot be read from it. */
export function dataKeyFrom(secret: Buffer): DataKey {
  if (secret.length !== 32) throw new Error("a data key must be 32 bytes");
  const id = createHash("sha256").update("between data key id\0").update(secret).digest("hex").slice(0, 8);
  return { id, secret };
}

/** The key id a sealed value names, or null for plaintext written before encryption. */
function sealedKeyId(stored: string): string | null {
  return SEALED.exec(stored)?.[1] ?? null;
}

/**
 * AES-256-GCM for every value a person writes: a random nonce per value, the key id stored with it
 * (`b1.<key id>.<base64url nonce|ciphertext|tag>`), so keys can rotate value by value.
 */
export class FieldCipher {
  private readonly keys = new Map<string, DataKey>();
  private readonly lookupSecret: Buffer;

  constructor(readonly keyring: Keyring) {
    for (const key of [keyring.current, ...keyring.previous]) this.keys.set(key.id, key);
    // A separate key for lookups, so a lookup hash says nothing about the sealing key.
    this.lookupSecret = Buffer.from(hkdfSync("sha256", keyring.current.secret, Buffer.alloc(0), "between lookup", 32));
  }

  get currentKeyId(): string {
    return this.keyring.current.id;
  }

  seal(text: string): string {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv("aes-256-gcm", this.keyring.current.secret, nonce);
    const body = Buffer.concat([nonce, cipher.update(text, "utf8"), cipher.final(), cipher.getAuthTag()]);
    return `${VERSION}.${this.keyring.current.id}.${body.toString("base64url")}`;
  }

  sealOrNull(text: string | null): string | null {
    return text === null ? null : this.seal(text);
  }

  /** Opens a sealed value; plaintext from before encryption is returned as it is until it is resealed. */
  open(stored: string): string {
    const match = SEALED.exec(stored);
    if (!match) return stored;
    const key = this.keys.get(match[1]!);
    if (!key) throw new UnreadableValueError(`a value is sealed with key ${match[1]}, which is not configured`);
    const body = Buffer.from(match[2]!, "base64url");
    if (body.length < NONCE_BYTES + TAG_BYTES) throw new UnreadableValueError("a sealed value is cut short");
    const decipher = createDecipheriv("aes-256-gcm", key.secret, body.subarray(0, NONCE_BYTES));
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(body.subarray(NONCE_BYTES, body.length - TAG_BYTES)), decipher.final()]).toString("utf8");
    } catch {
      throw new UnreadableValueError(`a value sealed with key ${key.id} does not open: wrong key or changed on disk`);
    }
  }

  openOrNull(stored: string | null): string | null {
    return stored === null ? null : this.open(stored);
  }

  /** True when the value is sealed with the current key (a rotation has nothing left to do for it). */
  isCurrent(stored: string | null): boolean {
    return stored === null || sealedKeyId(stored) === this.keyring.current.id;
  }

  /** A keyed hash for equality lookups (habit names), unreadable without the key. */
  lookupHash(text: string): string {
    return createHmac("sha256", this.lookupSecret).update(text, "utf8").digest("base64url").slice(0, 32);
  }
}
