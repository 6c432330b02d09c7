import { afterEach, describe, expect, it } from "vitest";
import { loadKeyring } from "../../../src/storage/encryption/load-keyring";
import { defaultKeyFile, openDatabase } from "../../../src/storage/open-database";
import { startFakeTelegram, type FakeTelegram } from "../../stand-ins/fake-telegram-api";
import { tempDatabaseUrl } from "../run-companion";
import { startCompanionProcess, type CompanionProcess } from "./run-telegram-companion";
import { eventually, FAKE_TOKEN } from "./telegram-harness";

const PEOPLE = Array.from({ length: 10 }, (_, i) => ({ id: 8_100_000 + i, first_name: `Person ${i}` }));
const BURST = 200;
const START_TIMEOUT_MS = 30_000;

let fake: FakeTelegram | undefined;
let processes: CompanionProcess[] = [];

afterEach(async () => {
  for (const companion of processes) {
    companion.kill();
    await companion.exited;
  }
  processes = [];
  await fake?.close();
  fake = undefined;
});

/** Journal entries as stored: text and the update id they came from. */
async function storedEntries(databaseUrl: string): Promise<{ text: string; sourceEventId: string | null }[]> {
  // The companion made its key file beside the database on first start.
  const database = await openDatabase(databaseUrl, { keys: loadKeyring({ keyFile: defaultKeyFile(databaseUrl) }).keyring });
  try {
    const rows = await database.db.journalEntry.findMany({ select: { text: true, sourceEventId: true } });
    return rows.map((row) => ({ ...row, text: database.cipher.open(row.text) }));
  } finally {
    await database.close();
  }
}

function highestConfirmedOffset(telegram: FakeTelegram): number {
  return Math.max(0, ...telegram.calls.filter((c) => c.method === "getUpdates").map((c) => Number(c.payload.offset ?? 0)));
}

describe("npm start on Telegram: nothing lost, nothing twice", () => {
  it(
    "is killed (SIGKILL) in the middle of a burst of 200 messages, restarts, and stores every message exactly once",
    async () => {
      fake = await startFakeTelegram({ token: FAKE_TOKEN });
      const databaseUrl = tempDatabaseUrl();
      const first = startCompanionProcess({ apiRoot: fake.apiRoot, databaseUrl });
      processes.push(first);
      await fake.waitForCall("getUpdates", () => true, START_TIMEOUT_MS);

      const texts = new Map<number, string>();
      for (let n = 0; n < BURST; n += 1) {
        const person = PEOPLE[n % PEOPLE.length]!;
        const text = `Entry ${n} from person ${person.id}: slept a little, walked a little.`;
        texts.set(fake.sendText(person, text).update_id, text);
      }
      // Kill it hard once a fifth of the burst has been answered.
      let answered = 0;
      await fake.waitForSent(() => ++answered >= BURST / 5, 20_000);
      first.kill();
      await first.exited;

      const afterKill = await storedEntries(databaseUrl);
      const confirmed = highestConfirmedOffset(fake);
      // It really died mid-burst: some messages were stored, some were not, some are unconfirmed.
      expect(afterKill.length).toBeGreaterThan(0);
      expect(afterKill.length).toBeLessThan(BURST);
      expect(fake.pendingUpdates()).toBeGreaterThan(0);
      // The offset never moved past an update whose effects were not stored.
      const storedIds = new Set(afterKill.map((e) => Number(e.sourceEventId)));
      const confirmedButMissing = [...texts.keys()].filter((id) => id < confirmed && !storedIds.has(id));
      expect(confirmedButMissing).toEqual([]);

      const second = startCompanionProcess({ apiRoot: fake.apiRoot, databaseUrl });
      processes.push(second);
      await eventually(() => fake!.pendingUpdates() === 0, "the restarted bot to confirm the whole burst", START_TIMEOUT_MS);
      second.signal("SIGTERM");
      await second.allGone();
      // node itself stopped gracefully: the adapter finished and said so.
      expect(second.logs()).toMatch(/"event":"telegram-stop"/);
      expect(fake.pendingUpdates()).toBe(0);

      const stored = await storedEntries(databaseUrl);
      expect(stored).toHaveLength(BURST);
      expect(new Set(stored.map((e) => e.sourceEventId)).size).toBe(BURST);
      expect(stored.map((e) => e.text).sort()).toEqual([...texts.values()].sort());
      for (const entry of stored) expect(texts.get(Number(entry.sourceEventId))).toBe(entry.text);
      // The log says what happened without a word of what people wrote.
      expect(first.logs() + second.logs()).not.toMatch(/slept a little/);
    },
    90_000,
  );

  it(
    "killed after answering a burst but before Telegram heard it was done, restarts and answers nobody twice",
    async () => {
      fake = await startFakeTelegram({ token: FAKE_TOKEN });
      const databaseUrl = tempDatabaseUrl();
      const first = startCompanionProcess({ apiRoot: fake.apiRoot, databaseUrl });
      processes.push(first);
      await fake.waitForCall("getUpdates", () => true, START_TIMEOUT_MS);

      const chatOf = new Map<number, number>();
      for (let n = 0; n < 40; n += 1) {
        const person = PEOPLE[n % PEOPLE.length]!;
        chatOf.set(fake.sendText(person, `Line ${n}: a quiet evening, some reading.`).update_id, person.id);
      }
      // Once the first batch is handed out, no later poll gets through: nothing more is confirmed.
      await eventually(() => [...chatOf.keys()].some((id) => fake!.firstHandedOut(id) !== undefined), "the first batch", START_TIMEOUT_MS);
      fake.failUntilCleared("getUpdates", { error_code: 409, description: "Conflict: terminated by other getUpdates request" });
      const handedOut = () => [...chatOf.keys()].filter((id) => fake!.firstHandedOut(id) !== undefined).length;
      // Every update it took on is answered; then it dies before it can say so.
      await eventually(() => fake!.sent.length >= handedOut(), "replies to every update taken on", 20_000);
      await new Promise((resolve) => setTimeout(resolve, 300));
      first.kill();
      await first.exited;
      const repliesBeforeKill = fake.sent.length;
      // Only a poll Telegram answered confirms anything; the refused ones carried offsets in vain.
      const confirmed = Math.max(0, ...fake.calls.filter((c) => c.method === "getUpdates" && c.status === 200).map((c) => Number(c.payload.offset ?? 0)));
      const answeredButUnconfirmed = [...chatOf.keys()].filter((id) => fake!.firstHandedOut(id) !== undefined && id >= confirmed);
      // The case that matters: Telegram still holds updates that were already answered.
      expect(repliesBeforeKill).toBeGreaterThan(0);
      expect(answeredButUnconfirmed.length).toBeGreaterThan(0);

      fake.clearFailures("getUpdates");
      const second = startCompanionProcess({ apiRoot: fake.apiRoot, databaseUrl });
      processes.push(second);
      await eventually(() => fake!.pendingUpdates() === 0, "the restarted bot to confirm every update", START_TIMEOUT_MS);
      second.signal("SIGTERM");
      await second.allGone();

      // One reply per message, each person's in the order they wrote: none repeated after the restart.
      expect(fake.sent).toHaveLength(chatOf.size);
      for (const person of PEOPLE) {
        const sentTo = fake.sent.filter((sent) => sent.chatId === person.id);
        expect(sentTo).toHaveLength([...chatOf.values()].filter((chat) => chat === person.id).length);
        expect(sentTo.every((sent) => /Saved to your journal/.test(sent.text ?? ""))).toBe(true);
      }
      expect(second.logs()).toMatch(/not answering twice/);
      const stored = await storedEntries(databaseUrl);
      expect(stored).toHaveLength(chatOf.size);
      expect(new Set(stored.map((e) => e.sourceEventId)).size).toBe(chatOf.size);
    },
    90_000,
  );
});
