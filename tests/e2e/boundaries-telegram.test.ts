import type { InlineKeyboardMarkup, Message } from "@grammyjs/types";
import { afterEach, describe, expect, it } from "vitest";
import { DM_INVITE_LABEL } from "../../src/adapters/telegram/to-telegram-message";
import type { FakeTelegramUser, SentMessage } from "../stand-ins/fake-telegram-api";
import { checkInIdsIn, SECRET_WORDS, snapshotOf } from "../fakes/boundaries-snapshot";
import { seen, startTelegramCompanion, type TelegramCompanion } from "./telegram/telegram-harness";

// Telegram's own docs warn that a bad client can send any callback_data with a press. So Ben can
// "press" a button carrying Ana's ids on a message in his own chat, press a button again after it
// was retired, and use the bot in a group. None of it may touch or show Ana's data.

const ANA = { id: 5_550_301, first_name: "Ana" };
const BEN = { id: 5_550_302, first_name: "Ben" };
const KIM = { id: 5_550_303, first_name: "Kim" };
const PEER_GROUP = { id: -1_001_555_000_301, type: "supergroup" as const, title: "Peer support" };

let running: TelegramCompanion | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

const refOf = (person: { id: number }) => ({ platform: "telegram" as const, platformUserId: String(person.id) });

function callbackDataOf(sent: SentMessage): string[] {
  const keyboard = sent.replyMarkup as InlineKeyboardMarkup | undefined;
  return keyboard?.inline_keyboard?.flat().flatMap((button) => ("callback_data" in button && button.callback_data ? [button.callback_data] : [])) ?? [];
}

let forged = 0;
/** A callback query as a modified client sends it: any data, on a message the presser can see. */
async function forgePress(bot: TelegramCompanion, user: FakeTelegramUser, message: Message, data: string): Promise<SentMessage[]> {
  const before = bot.fake.sent.length;
  bot.fake.pushUpdate({
    callback_query: { id: `forged-${++forged}`, from: { id: user.id, is_bot: false, first_name: user.first_name ?? "" }, message, chat_instance: `i-${message.chat.id}`, data },
  } as Parameters<TelegramCompanion["fake"]["pushUpdate"]>[0]);
  await bot.settled();
  return bot.fake.sent.slice(before);
}

/** Ana's week: data of every kind, a check-in waiting for her, a pending /delete. Returns her button data. */
async function anaUsesEverything(bot: TelegramCompanion): Promise<string[]> {
  const start = bot.fake.sent.length;
  for (const text of [
    "/timezone Europe/London",
    "/country GB",
    "/checkin 09:00",
    "/habit add walk",
    "/plan add people: my sister Hortensia +44 7700 900123",
    "/plan",
    "/journal Zephyrine-7781 slept badly",
    "/journal star 1",
    "/goal add call the GP; find the number",
    "/goals",
    "/tosession the nightmares are back",
    "/done walk",
    "/mood",
    "/journal delete 1",
    "/goal remove 1",
  ]) {
    await bot.say(ANA, text);
  }
  await bot.tick("2027-03-10T09:00:00Z");
  await bot.say(ANA, "/delete");
  return bot.fake.sent.slice(start).filter((sent) => sent.chatId === ANA.id).flatMap(callbackDataOf);
}

describe("Telegram: another person's button ids", () => {
  it("Ben's forged presses of every button Ana has (check-in, habit, journal, goal, plan, delete) change nothing of hers and show him nothing", async () => {
    const bot = (running = await startTelegramCompanion({ now: "2027-03-10T07:00:00Z" }));
    await bot.say(BEN, "/journal my own first entry");
    await bot.say(BEN, "/goal add tidy the desk; one drawer");
    const [carrier] = await bot.say(BEN, "/safety");
    const anaData = await anaUsesEverything(bot);
    expect(anaData).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^checkin\.mood:\d+:4$/),
        expect.stringMatching(/^checkin\.skip:\d+$/),
        expect.stringMatching(/^habit\.undo:\d+:/),
        "journal.delete:1",
        "goal.remove:1",
        "plan.build",
        expect.stringMatching(/^privacy\.erase:/),
      ]),
    );
    const checkInIds = checkInIdsIn(anaData);
    const habitId = anaData.map((data) => /^habit\.undo:(\d+):/.exec(data)?.[1]).find(Boolean)!;
    const attacks = [...anaData, ...checkInIds.flatMap((id) => [`checkin.habit:${id}:${habitId}`, `checkin.sleep:${id}:2`, `checkin.done:${id}`]), "plan.show", "session.omit:j:1"];
    const before = await snapshotOf(bot.database.repos, refOf(ANA), checkInIds);

    const sentBefore = bot.fake.sent.length;
    const toBen: SentMessage[] = [];
    for (const data of attacks) toBen.push(...(await forgePress(bot, BEN, carrier!.sent.message, data)));

    expect(await snapshotOf(bot.database.repos, refOf(ANA), checkInIds)).toEqual(before);
    expect(toBen.map((sent) => seen(sent).text).join("\n")).not.toMatch(SECRET_WORDS);
    // Every answer went to Ben's chat; Ana was not written to at all.
    expect(bot.fake.sent.slice(sentBefore).filter((sent) => sent.chatId !== BEN.id)).toEqual([]);
    // Ana's own check-in still works, and her pending /delete is still hers to confirm or not.
    const [answer] = await bot.press(ANA, /^4$/);
    expect(answer!.text).not.toMatch(/already answered|isn't available/);
    expect(await bot.database.repos.users.find(refOf(ANA))).not.toBeNull();
  }, 40_000);
});

describe("Telegram: pressing again", () => {
  it("a double tap or a stale check-in button after the answer stores the mood once", async () => {
    const bot = (running = await startTelegramCompanion({ now: "2027-03-10T07:00:00Z" }));
    await bot.say(ANA, "/checkin 09:00");
    const { messages } = await bot.tick("2027-03-10T09:00:00Z");
    const checkIn = messages.find((m) => m.buttons.includes("4"))!;
    const id = checkInIdsIn(callbackDataOf(checkIn.sent))[0]!;
    await bot.press(ANA, /^4$/);
    // The same callback again (a double tap), another mood, and the stale snooze and skip, all on the original message.
    const again = [];
    for (const data of [`checkin.mood:${id}:4`, `checkin.mood:${id}:9`, `checkin.later:${id}`, `checkin.skip:${id}`]) {
      again.push(...(await forgePress(bot, ANA, checkIn.sent.message, data)));
    }
    expect(again.map((sent) => seen(sent).text).join("\n")).toMatch(/already answered/);
    const ana = (await bot.database.repos.users.find(refOf(ANA)))!;
    const moods = await bot.database.repos.moods.list(ana.id, new Date(0), new Date("2100-01-01"));
    expect(moods.map((mood) => mood.value)).toEqual([4]);
    expect(await bot.database.repos.checkIns.find(ana.id, id)).toMatchObject({ mood: 4, status: "sent" });
  });

  it("a double tap on the /mood picker stores the mood once", async () => {
    const bot = (running = await startTelegramCompanion({ now: "2027-03-10T07:00:00Z" }));
    const [picker] = await bot.say(ANA, "/mood");
    await bot.press(ANA, /^6$/);
    const again = await forgePress(bot, ANA, picker!.sent.message, callbackDataOf(picker!.sent).find((data) => data.endsWith(":6") || data.includes(":6:"))!);
    const ana = (await bot.database.repos.users.find(refOf(ANA)))!;
    const moods = await bot.database.repos.moods.list(ana.id, new Date(0), new Date("2100-01-01"));
    expect(moods.map((mood) => mood.value)).toEqual([6]);
    expect(again.map((sent) => seen(sent).text).join("\n")).toMatch(/already/i);
  });
});

describe("Telegram: groups", () => {
  it("answers /safety in a group with international lines only and a DM invitation, never her plan or country", async () => {
    const bot = (running = await startTelegramCompanion());
    await bot.say(ANA, "/country GB");
    await bot.say(ANA, "/plan add people: my sister Hortensia +44 7700 900123");
    // A plain "help" in a group is not read at all (only commands addressed to the bot are).
    expect(await bot.say(ANA, "help", PEER_GROUP)).toEqual([]);
    for (const text of ["/safety@between_test_bot", "/safety"]) {
      const [inGroup] = await bot.say(ANA, text, PEER_GROUP);
      expect(inGroup!.sent.chatId).toBe(PEER_GROUP.id);
      expect(inGroup!.text).toMatch(/findahelpline\.com/);
      expect(inGroup!.text).not.toMatch(SECRET_WORDS);
      expect(inGroup!.text).not.toMatch(/116 123|Samaritans/);
      const buttons = (inGroup!.sent.message.reply_markup?.inline_keyboard ?? []).flat();
      expect(buttons.find((button) => button.text === DM_INVITE_LABEL)).toMatchObject({ url: `https://t.me/${bot.fake.botUser.username}` });
      // No button in a group may act on anyone's data.
      expect(buttons.filter((button) => "callback_data" in button)).toEqual([]);
    }
  });

  it("every command and free text in a group gets no personal data and stores nothing, and a group press changes nothing", async () => {
    const bot = (running = await startTelegramCompanion({ now: "2027-03-10T07:00:00Z" }));
    await bot.say(ANA, "/checkin 09:00");
    await bot.say(ANA, "/journal Zephyrine-7781 slept badly");
    await bot.say(ANA, "/plan add people: my sister Hortensia +44 7700 900123");
    const { messages } = await bot.tick("2027-03-10T09:00:00Z");
    const checkInIds = checkInIdsIn(messages.flatMap((m) => callbackDataOf(m.sent)));
    const before = await snapshotOf(bot.database.repos, refOf(ANA), checkInIds);
    const sentBefore = bot.fake.sent.length;

    for (const command of bot.companion.core.commands.list) {
      await bot.say(ANA, `/${command.name}@between_test_bot Zephyrine 2`, PEER_GROUP);
      await bot.say(KIM, `/${command.name} Zephyrine 2`, PEER_GROUP);
    }
    await bot.say(ANA, "win: Zephyrine in the group", PEER_GROUP);
    await bot.say(ANA, "/plan", PEER_GROUP);
    const [groupSafety] = await bot.say(ANA, "/safety@between_test_bot", PEER_GROUP);
    // A press in the group, even with her own check-in id, is not a way in.
    await forgePress(bot, ANA, groupSafety!.sent.message, `checkin.mood:${checkInIds[0]}:2`);
    await forgePress(bot, ANA, groupSafety!.sent.message, "plan.show");

    const inGroup = bot.fake.sent.slice(sentBefore);
    expect(inGroup.length).toBeGreaterThan(0);
    expect(inGroup.filter((sent) => sent.chatId !== PEER_GROUP.id)).toEqual([]);
    expect(inGroup.map((sent) => seen(sent).text).join("\n")).not.toMatch(SECRET_WORDS);
    expect(await snapshotOf(bot.database.repos, refOf(ANA), checkInIds)).toEqual(before);
    expect(await bot.database.repos.users.find(refOf(KIM))).toBeNull();
  }, 40_000);
});
