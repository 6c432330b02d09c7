import type { APIMessage } from "discord-api-types/v10";
import { afterEach, describe, expect, it } from "vitest";
import { JOURNAL_MODAL_ID } from "../../src/adapters/discord/journal-modal";
import { checkInIdsIn, SECRET_WORDS, snapshotOf } from "../fakes/boundaries-snapshot";
import { GUILD_CHANNEL_ID, GUILD_ID, startDiscordCompanion, type DiscordCompanion } from "./discord/discord-harness";

// On Discord a button's custom id comes back with the press. The stand-in lets Ben press buttons on
// Ana's messages (Discord itself would not show him her DM): the worst case, where he holds her ids.

const ANA = { id: "200000000000000701", username: "ana" };
const BEN = { id: "200000000000000702", username: "ben" };

let companion: DiscordCompanion | undefined;

afterEach(async () => {
  await companion?.close();
  companion = undefined;
});

const refOf = (person: { id: string }) => ({ platform: "discord" as const, platformUserId: person.id });

interface Component {
  custom_id?: string;
  components?: Component[];
}

function customIdsOf(message: APIMessage): string[] {
  const walk = (components: readonly Component[] | undefined): string[] =>
    (components ?? []).flatMap((component) => [...(component.custom_id ? [component.custom_id] : []), ...walk(component.components)]);
  return walk(message.components as Component[] | undefined);
}

/** Presses a button on a message as `user`, waits until the adapter is done; returns what the bot posted or changed meanwhile. */
async function pressAs(bot: DiscordCompanion, user: { id: string; username: string }, message: APIMessage, customId: string): Promise<string[]> {
  const before = new Map(bot.fake.botMessages().map((m) => [m.id, JSON.stringify(m)]));
  const interaction = await bot.fake.pressButton(user, message, customId);
  await bot.whenHandled(interaction.id);
  return bot.fake
    .botMessages()
    .filter((m) => before.get(m.id) !== JSON.stringify(m))
    .map((m) => m.content);
}

async function moodsOf(bot: DiscordCompanion, person: { id: string }): Promise<number[]> {
  const user = (await bot.repos.users.find(refOf(person)))!;
  return (await bot.repos.moods.list(user.id, new Date(0), new Date("2100-01-01"))).map((mood) => mood.value);
}

describe("Discord: another person's button ids", () => {
  it("Ben pressing every button on Ana's messages (check-in, journal, goal, habit, plan, delete, writing box) changes nothing of hers and shows him nothing", async () => {
    const bot = (companion = await startDiscordCompanion({ now: "2027-03-10T07:00:00Z" }));
    await bot.send(BEN, "/journal my own first entry");
    for (const text of [
      "/timezone Europe/London",
      "/checkin 09:00",
      "/habit add walk",
      "/plan add people: my sister Hortensia +44 7700 900123",
      "/plan",
      "/journal Zephyrine-7781 slept badly",
      "/goal add call the GP; find the number",
      "/done walk",
      "/mood",
      "/journal delete 1",
      "/goal remove 1",
    ]) {
      await bot.send(ANA, text);
    }
    await bot.send(ANA, "/checkin add 12:00");
    await bot.tick("2027-03-10T09:00:00Z");
    // Ana answers her morning check-in's mood, so its journal step (with the writing-box button) is showing...
    await bot.press(ANA, /^4$/);
    await bot.press(ANA, /^Next$/);
    // ...and her midday one is still open.
    await bot.tick("2027-03-10T12:00:00Z");
    await bot.send(ANA, "/delete");

    const anaMessages = bot.fake.messagesTo(bot.fake.dmChannelIdOf(ANA)).filter((m) => customIdsOf(m).length > 0);
    const allIds = anaMessages.flatMap(customIdsOf);
    expect(allIds).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^checkin\.mood:\d+:/),
        expect.stringMatching(/^checkin\.skip:\d+$/),
        expect.stringMatching(/^habit\.undo:\d+:/),
        "journal.delete:1",
        "goal.remove:1",
        "plan.build",
        expect.stringMatching(/^privacy\.erase:/),
        "dc.journal",
      ]),
    );
    const checkInIds = checkInIdsIn(allIds);
    const before = await snapshotOf(bot.repos, refOf(ANA), checkInIds);

    const shownToBen: string[] = [];
    for (const message of anaMessages) {
      for (const customId of customIdsOf(message)) shownToBen.push(...(await pressAs(bot, BEN, message, customId)));
    }
    // The writing box opened from Ana's check-in: what Ben writes in it is his, and only his.
    shownToBen.push(...(await bot.submitModal(BEN, JOURNAL_MODAL_ID, { entry: "ben writes in the box" })).map((m) => m.text));

    expect(await snapshotOf(bot.repos, refOf(ANA), checkInIds)).toEqual(before);
    expect(shownToBen.join("\n")).not.toMatch(SECRET_WORDS);
    // (Where it went depends on the flow Ben's own presses left him in; it is in his data either way.)
    expect(JSON.stringify(await snapshotOf(bot.repos, refOf(BEN)))).toContain("ben writes in the box");
  }, 40_000);
});

describe("Discord: pressing again", () => {
  it("the same check-in mood pressed twice (Discord keeps the buttons), or another mood after it, stores one mood", async () => {
    const bot = (companion = await startDiscordCompanion({ now: "2027-03-10T07:00:00Z" }));
    await bot.send(ANA, "/checkin 09:00");
    await bot.tick("2027-03-10T09:00:00Z");
    const checkIn = bot.fake.messagesTo(bot.fake.dmChannelIdOf(ANA)).find((m) => customIdsOf(m).some((id) => id.startsWith("checkin.mood:")))!;
    const id = checkInIdsIn(customIdsOf(checkIn))[0]!;
    await pressAs(bot, ANA, checkIn, `checkin.mood:${id}:4`);
    const again = [
      ...(await pressAs(bot, ANA, checkIn, `checkin.mood:${id}:4`)),
      ...(await pressAs(bot, ANA, checkIn, `checkin.mood:${id}:9`)),
      ...(await pressAs(bot, ANA, checkIn, `checkin.skip:${id}`)),
    ];
    expect(again.join("\n")).toMatch(/already answered/);
    expect(await moodsOf(bot, ANA)).toEqual([4]);
    const ana = (await bot.repos.users.find(refOf(ANA)))!;
    expect(await bot.repos.checkIns.find(ana.id, id)).toMatchObject({ mood: 4, status: "sent" });
  });

  it("the /mood picker pressed twice stores one mood, and a redelivered DM stores one win", async () => {
    const bot = (companion = await startDiscordCompanion({ now: "2027-03-10T07:00:00Z" }));
    await bot.send(ANA, "/mood");
    const picker = bot.fake.messagesTo(bot.fake.dmChannelIdOf(ANA)).find((m) => customIdsOf(m).some((id) => id.startsWith("mood.set:")))!;
    const six = customIdsOf(picker).find((id) => /^mood\.set:6\b/.test(id))!;
    await pressAs(bot, ANA, picker, six);
    expect((await pressAs(bot, ANA, picker, six)).join("\n")).toMatch(/already answered/);
    expect(await moodsOf(bot, ANA)).toEqual([6]);

    const win = await bot.fake.sendDm(ANA, "win: Zephyrine asked for help");
    await bot.whenHandled(win.id);
    await bot.fake.redeliverDm(win);
    await bot.whenHandled(win.id, 2);
    const ana = (await bot.repos.users.find(refOf(ANA)))!;
    expect(await bot.repos.wins.count(ana.id)).toBe(1);
  });
});

describe("Discord: servers", () => {
  it("every command used in a server is answered only to the person, never with anyone's data for others to see", async () => {
    const bot = (companion = await startDiscordCompanion({ now: "2027-03-10T07:00:00Z" }));
    await bot.send(ANA, "/plan add people: my sister Hortensia +44 7700 900123");
    await bot.send(ANA, "/journal Zephyrine-7781 slept badly");
    const options = new Map(bot.fake.commands().map((command) => [command.name, command.options?.length ?? 0]));
    for (const command of bot.core.commands.list) {
      if (command.name === "delete" || command.name === "journal") continue; // /journal alone opens a modal; /delete waits for a press
      await bot.command(BEN, command.name, options.get(command.name) ? "Zephyrine 2" : undefined, GUILD_ID);
    }
    await bot.command(BEN, "journal", "Zephyrine ben's words", GUILD_ID);
    await bot.command(ANA, "safety", undefined, GUILD_ID);
    await bot.command(ANA, "journal", "list", GUILD_ID);

    const inServer = bot.fake.messagesTo(GUILD_CHANNEL_ID);
    expect(inServer.length).toBeGreaterThan(bot.core.commands.list.length);
    // Nothing in the server is visible to anyone but the person who asked.
    expect(inServer.filter((m) => ((m.flags ?? 0) & 64) === 0)).toEqual([]);
    // Ben's answers, in the server, carry nothing of Ana's; Ana's own plan shows only in her ephemeral /safety.
    const bens = inServer.filter((m) => m.interaction_metadata?.user.id === BEN.id);
    expect(bens.map((m) => m.content).join("\n")).not.toMatch(/Hortensia|900123|Zephyrine-7781/);
    const anas = inServer.filter((m) => m.interaction_metadata?.user.id === ANA.id);
    expect(anas.filter((m) => /slept badly/.test(m.content))).toEqual([]);
    // Ana's journal list went to her DM, not the server.
    expect(bot.fake.messagesTo(bot.fake.dmChannelIdOf(ANA)).some((m) => /slept badly/.test(m.content))).toBe(true);
  }, 40_000);
});
