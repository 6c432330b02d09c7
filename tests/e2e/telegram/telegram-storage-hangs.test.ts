import { afterEach, describe, expect, it } from "vitest";
import { gatedRepositories } from "../../fakes/gated-repositories";
import { eventually, startTelegramCompanion, type TelegramCompanion } from "./telegram-harness";

const SAM = { id: 5_550_301, first_name: "Sam" };
const CRISIS = "i cant do this anymore, i want to die";

let running: TelegramCompanion | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe("Telegram: crisis language while the database hangs", () => {
  it("sends the safety response at once, answers the next message too, and confirms the update only once the message is stored", async () => {
    let storage!: ReturnType<typeof gatedRepositories>;
    running = await startTelegramCompanion({ storage: (repos) => (storage = gatedRepositories(repos)).repos });
    const { fake, database } = running;
    await running.say(SAM, "/country US");
    await running.say(SAM, "/safety");
    storage.close();

    const before = fake.sent.length;
    fake.sendText(SAM, CRISIS);
    await eventually(() => fake.sent.length >= before + 2, "the safety response while storage hangs");
    const answer = fake.sent.slice(before).map((s) => s.text ?? "").join("\n");
    expect(answer).toMatch(/are you safe right now/i);
    expect(answer).toContain("988");
    expect(answer).toMatch(/taking longer than usual/);

    // The person is not held behind the stalled write: "help" is answered while storage still hangs.
    const beforeHelp = fake.sent.length;
    fake.sendText(SAM, "help");
    await eventually(() => fake.sent.length > beforeHelp, "help while storage hangs");
    expect(fake.sent.at(-1)!.text).toContain("988");

    // Not yet confirmed to Telegram: a crash now would bring the message back, not lose it.
    expect(fake.pendingUpdates()).toBeGreaterThan(0);
    storage.open();
    await running.settled();
    const sam = await database.repos.users.find({ platform: "telegram", platformUserId: String(SAM.id) });
    const entries = await database.repos.journal.list(sam!.id, { limit: 10 });
    expect(entries.map((e) => e.text)).toEqual([CRISIS]);
  });
});
