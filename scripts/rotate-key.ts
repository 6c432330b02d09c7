// `npm run rotate-key`: seals everything a person wrote with a new data key, in batches, and can be
// run again after a crash to finish. With the key file (the SQLite default) it makes the new key
// itself; with DATA_ENCRYPTION_KEY set, set the new key there and the old one in
// DATA_ENCRYPTION_OLD_KEYS first. Stop the bot first on SQLite: a bot still running on the old key
// would write values the retired key is needed for. Prints progress, time and peak memory.
import dotenv from "dotenv";
import { parseEnv } from "../src/config/env";
import { DataKeyError, loadKeyring, newDataKeyText, readKeyFile, readKeyLines, writeKeyFile } from "../src/storage/encryption/load-keyring";
import { resealAndRetire } from "../src/storage/encryption/reseal-rows";
import { defaultKeyFile, openDatabase } from "../src/storage/open-database";

dotenv.config({ quiet: true });
const parsed = parseEnv(process.env);
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(2);
}
const env = parsed.env;
const keyFile = env.DATA_ENCRYPTION_KEY ? null : defaultKeyFile(env.DATABASE_URL);

function fail(message: string): never {
  console.error(`rotate-key: ${message}`);
  process.exit(2);
}

if (!keyFile && !env.DATA_ENCRYPTION_OLD_KEYS) {
  fail(
    "DATA_ENCRYPTION_KEY is set, so the new key comes from you: put the new key in DATA_ENCRYPTION_KEY and the current one in " +
      "DATA_ENCRYPTION_OLD_KEYS, run this again, then remove DATA_ENCRYPTION_OLD_KEYS. (The bot can keep running meanwhile if it is restarted with the same settings.)",
  );
}

if (keyFile) {
  // A key file that already lists an old key is a rotation that did not finish: go on with it, make no new key.
  let texts: string[];
  try {
    readKeyFile(keyFile);
    texts = readKeyLines(keyFile);
  } catch (error) {
    fail(error instanceof DataKeyError ? error.message : `no key file at ${keyFile}: start the bot once first, or set DATA_ENCRYPTION_KEY`);
  }
  if (texts.length === 1) {
    writeKeyFile(keyFile, [newDataKeyText(), ...texts]);
    console.log(`rotate-key: new key written to ${keyFile}; the old one stays there until every value is sealed anew`);
  } else {
    console.log(`rotate-key: ${keyFile} lists ${texts.length - 1} older key(s): finishing that rotation`);
  }
}

let keyring;
try {
  keyring = loadKeyring({ key: env.DATA_ENCRYPTION_KEY, oldKeys: env.DATA_ENCRYPTION_OLD_KEYS, keyFile }).keyring;
} catch (error) {
  fail((error as Error).message);
}
const started = performance.now();
let database;
try {
  database = await openDatabase(env.DATABASE_URL, { keys: keyring });
} catch (error) {
  fail((error as Error).message);
}
let done = 0;
let lastPrint = 0;
const result = await resealAndRetire(database.db, database.cipher, {
  batchSize: 1000,
  onBatch: ({ table, resealed }) => {
    done += resealed;
    if (done - lastPrint >= 10_000) {
      lastPrint = done;
      console.log(`rotate-key: ${done} rows sealed with key ${database.cipher.currentKeyId} (now in ${table})`);
    }
  },
});
await database.close();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const peakMiB = (process.resourceUsage().maxRSS / 1024).toFixed(0);
console.log(`rotate-key: ${result.resealed} rows sealed in ${seconds} s, peak memory ${peakMiB} MiB; ${result.stale} left; ${result.retiredKeys} retired key(s) forgotten`);
if (result.stale > 0) {
  console.log("rotate-key: some values were written with an old key meanwhile (a bot still running on the old key?): restart the bot and run this again");
  process.exit(1);
}
if (keyFile) {
  writeKeyFile(keyFile, readKeyLines(keyFile).slice(0, 1));
  console.log(`rotate-key: done; ${keyFile} now holds only the new key. Back it up, and restart the bot if it is running.`);
} else {
  console.log("rotate-key: done; remove DATA_ENCRYPTION_OLD_KEYS and restart the bot.");
}
