import type { Db } from "../prisma-db";
import { FieldCipher, UnreadableValueError, type DataKey } from "./field-cipher";
import { DataKeyError } from "./load-keyring";

const CHECK_TEXT = "between data key check";

function sealWith(key: DataKey): string {
  return new FieldCipher({ current: key, previous: [] }).seal(CHECK_TEXT);
}

/**
 * Throws when the keys a database has seen (its DataKey rows) are not all configured, or a
 * configured key does not open its check value. Run on the raw connection before migrations too,
 * so a wrong key changes nothing at all, not even the schema.
 */
export function checkKnownKeys(known: readonly { id: string; check: string }[], cipher: FieldCipher): void {
  const configured = [cipher.keyring.current, ...cipher.keyring.previous];
  const missing = known.filter((row) => !configured.some((key) => key.id === row.id));
  if (missing.length > 0) {
    const ids = missing.map((row) => row.id).join(", ");
    throw new DataKeyError(
      `this database holds data sealed with key id ${ids}, and no configured key has that id. ` +
        "Start with the key it was written with (DATA_ENCRYPTION_KEY, or the data folder's encryption.key); " +
        "to change keys, put the old one in DATA_ENCRYPTION_OLD_KEYS. Nothing was changed.",
    );
  }
  for (const row of known) {
    const key = configured.find((candidate) => candidate.id === row.id)!;
    try {
      if (new FieldCipher({ current: key, previous: [] }).open(row.check) !== CHECK_TEXT) throw new UnreadableValueError("check differs");
    } catch {
      throw new DataKeyError(`the key with id ${row.id} does not open this database's check value. Nothing was changed.`);
    }
  }
}

/** Proves the configured keys are the ones this database was written with, and records a new current key. */
export async function verifyDataKeys(db: Db, cipher: FieldCipher): Promise<void> {
  const known = await db.dataKey.findMany();
  checkKnownKeys(known, cipher);
  if (!known.some((row) => row.id === cipher.currentKeyId)) {
    await db.dataKey.create({ data: { id: cipher.currentKeyId, check: sealWith(cipher.keyring.current) } });
  }
}
