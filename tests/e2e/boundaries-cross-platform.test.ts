import { afterEach, describe, expect, it } from "vitest";
import { createDiscordAdapter } from "../../src/adapters/discord/discord-adapter";
import { deploySlashCommands } from "../../src/adapters/discord/deploy-slash-commands";
import type { Adapter } from "../../src/adapters/adapter";
import { startFakeDiscord, type FakeDiscord } from "../stand-ins/fake-discord";
import { SECRET_WORDS } from "../fakes/boundaries-snapshot";
import { seen, startTelegramCompanion, type TelegramCompanion } from "./telegram/telegram-harness";

// One companion, one database, both platforms, and the same account number on each. A person on
// Telegram and a person on Discord are two people, even when their platform ids are the same digits.

const SAME_ID = 4_242_424_242;
const ON_TELEGRAM = { id: SAME_ID, first_name: "Ana" };
const ON_DISCORD = { id: String(SAME_ID), username: "ana" };

let telegram: TelegramCompanion | undefined;
let discord: { fake: FakeDiscord; adapter: Adapter } | undefined;

afterEach(async () => {
  await discord?.adapter.stop();
  await discord?.fake.close();
  await telegram?.close();
  telegram = discord = undefined;
});

async function startBoth() {
  const tg = (telegram = await startTelegramCompanion({ now: "2027-03-10T07:00:00Z" }));
  const fake = await startFakeDiscord();
  const handled = new Set<string>();
  const waiting = new Map<string, () => void>();
  const adapter = createDiscordAdapter({
    core: tg.companion.core,
    logger: tg.companion.logger,
    token: fake.token,
    applicationId: fake.applicationId,
    apiRoot: fake.apiBase,
    queueLimits: { perSecond: 1000, perRecipientIntervalMs: 0, concurrency: 10 },
    onHandled: (id) => {
      handled.add(id);
      waiting.get(id)?.();
    },
  });
  discord = { fake, adapter };
  await deploySlashCommands({ token: fake.token, applicationId: fake.applicationId, apiRoot: fake.apiBase, commands: tg.companion.core.commands.list });
  await adapter.start();
  /** A DM on Discord; resolves with the texts the bot answered in that DM. */
  async function dm(text: string): Promise<string> {
    const channel = fake.dmChannelIdOf(ON_DISCORD);
    const before = fake.messagesTo(channel).length;
    const message = await fake.sendDm(ON_DISCORD, text);
    if (!handled.has(message.id)) await new Promise<void>((resolve) => waiting.set(message.id, resolve));
    return fake.messagesTo(channel).slice(before).map((m) => m.content).join("\n");
  }
  const say = async (text: string) => (await tg.say(ON_TELEGRAM, text)).map((m) => m.text).join("\n");
  return { tg, fake, dm, say };
}

describe("the same person on Telegram and Discord", () => {
  it("are two people whose data never mixes, whichever side writes, reads or erases", async () => {
    const { tg, dm, say } = await startBoth();
    await say("/plan add people: my sister Hortensia +44 7700 900123");
    await say("/journal Zephyrine-7781 slept badly");
    await say("win: Zephyrine finished the form");
    await say("/country GB");

    // Discord's Ana sees none of it: not the journal, wins, plan, or the country behind the lines.
    const onDiscord = [await dm("/journal list"), await dm("/wins"), await dm("/safety"), await dm("/plan"), await dm("/summary")].join("\n");
    expect(onDiscord).not.toMatch(SECRET_WORDS);
    expect(onDiscord).not.toMatch(/Samaritans|116 123/);
    await dm("/journal written on discord");
    expect(await say("/journal list")).not.toMatch(/written on discord/);

    const repos = tg.database.repos;
    const onTg = await repos.users.find({ platform: "telegram", platformUserId: String(SAME_ID) });
    const onDc = await repos.users.find({ platform: "discord", platformUserId: String(SAME_ID) });
    expect(onTg!.id).not.toBe(onDc!.id);
    expect((await repos.journal.list(onDc!.id, { limit: 10 })).map((e) => e.text)).toEqual(["written on discord"]);

    // Erasing on Telegram leaves Discord's Ana as she was.
    await say("/delete");
    const erased = await tg.press(ON_TELEGRAM, /Erase everything/);
    expect(erased.map((m) => m.text).join("\n")).toMatch(/has been erased/);
    expect(await repos.users.find({ platform: "telegram", platformUserId: String(SAME_ID) })).toBeNull();
    expect((await repos.journal.list(onDc!.id, { limit: 10 })).map((e) => e.text)).toEqual(["written on discord"]);
    expect(await dm("/journal list")).toMatch(/written on discord/);
    // Nothing was ever sent to the other platform's chat.
    expect(tg.fake.sent.map((s) => seen(s).text).join("\n")).not.toMatch(/written on discord/);
  });
});
