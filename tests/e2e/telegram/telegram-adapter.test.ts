import type { Update } from "@grammyjs/types";
import { afterEach, describe, expect, it } from "vitest";
import { DM_INVITE_LABEL, PRESSED_MARK } from "../../../src/adapters/telegram/to-telegram-message";
import { UNREADABLE_MESSAGE } from "../../../src/adapters/telegram/handle-telegram-update";
import type { Outgoing } from "../../../src/core/replies";
import { seen, startTelegramCompanion, type TelegramCompanion } from "./telegram-harness";

const ROBIN = { id: 5_550_101, first_name: "Robin" };
const KIM = { id: 5_550_102, first_name: "Kim" };
const PEER_GROUP = { id: -1_001_555_000_111, type: "supergroup" as const, title: "Peer support" };
const FAST_429 = { error_code: 429, description: "Too Many Requests: retry after 0.05", retry_after: 0.05 };
const BLOCKED = { error_code: 403, description: "Forbidden: bot was blocked by the user" };

let running: TelegramCompanion | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function userOf(companion: TelegramCompanion, person: { id: number }) {
  return companion.database.repos.users.find({ platform: "telegram", platformUserId: String(person.id) });
}

describe("Telegram adapter: private chats", () => {
  it("publishes the command menu from the core's table, and only /safety for groups", async () => {
    running = await startTelegramCompanion();
    const expected = running.companion.core.commands.list.map((c) => ({ command: c.name, description: c.summary }));
    expect(running.fake.commands({ type: "all_private_chats" })).toEqual(expected);
    expect(running.fake.commands()).toEqual(expected);
    expect(running.fake.commands({ type: "all_group_chats" })).toEqual([expect.objectContaining({ command: "safety" })]);
  });

  it("escapes what a person wrote, so their words never become markup", async () => {
    running = await startTelegramCompanion();
    const [celebration] = await running.say(ROBIN, "win: <b>asked for help</b> & got it");
    expect(celebration!.sent.parseMode).toBe("HTML");
    expect(celebration!.sent.text).toContain("&lt;b&gt;asked for help&lt;/b&gt; &amp; got it");
    expect(celebration!.text).toContain("<b>asked for help</b> & got it");
  });

  it("keeps one chat's messages in order while chats run side by side", async () => {
    running = await startTelegramCompanion();
    for (let n = 1; n <= 12; n += 1) {
      running.fake.sendText(ROBIN, `win: step ${n}`);
      running.fake.sendText(KIM, `win: kim ${n}`);
    }
    await running.settled();
    const robinsReplies = running.fake.sent.filter((s) => s.chatId === ROBIN.id).map((s) => /step (\d+)/.exec(s.text ?? "")?.[1]);
    expect(robinsReplies).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)));
    const robin = await userOf(running, ROBIN);
    expect(await running.database.repos.wins.count(robin!.id)).toBe(12);
  });

  it("answers the press, then retires the keyboard and shows the choice, so it cannot be pressed twice", async () => {
    running = await startTelegramCompanion();
    const [safety] = await running.say(ROBIN, "/safety");
    const answer = await running.press(ROBIN, /Box breathing/);
    expect(answer.map((m) => m.text).join("\n")).toMatch(/Breathe in through your nose for 4/);
    const now = running.fake.currentMessage(ROBIN.id, safety!.sent.message.message_id)!;
    expect(now.reply_markup).toBeUndefined();
    expect(now.text).toMatch(new RegExp(`${PRESSED_MARK} Box breathing$`));
    expect(() => running!.fake.pressButton(ROBIN, safety!.sent, "safety.ground:box")).toThrow(/no button/);
    expect(running.fake.unansweredCallbackQueries()).toEqual([]);
  });

  it("retires a check-in's mood buttons once one is pressed", async () => {
    running = await startTelegramCompanion({ now: "2027-03-10T07:00:00Z" });
    await running.say(ROBIN, "/timezone Europe/Berlin");
    await running.say(ROBIN, "/checkin 09:00");
    const { messages } = await running.tick("2027-03-10T08:00:00Z");
    const checkIn = messages.find((m) => m.buttons.includes("4"))!;
    await running.press(ROBIN, /^4$/);
    expect(running.fake.currentMessage(ROBIN.id, checkIn.sent.message.message_id)?.reply_markup).toBeUndefined();
    expect(() => running!.fake.pressButton(ROBIN, checkIn.sent, checkIn.sent.message.reply_markup!.inline_keyboard[0]![0]!.text)).toThrow();
  });

  it("rides out two 429s with retry_after and sends the reply once", async () => {
    running = await startTelegramCompanion();
    running.fake.failNext("sendMessage", FAST_429, 2);
    const replies = await running.say(ROBIN, "/safety");
    expect(replies.map((m) => m.text).join("\n")).toMatch(/findahelpline\.com/);
    const attempts = running.fake.calls.filter((c) => c.method === "sendMessage").map((c) => c.status);
    expect(attempts).toEqual([429, 429, 200]);
  });

  it("still gets the safety response out when Telegram refuses it as rendered, as plain words", async () => {
    running = await startTelegramCompanion();
    running.fake.failNext("sendMessage", { error_code: 400, description: "Bad Request: BUTTON_DATA_INVALID" });
    const replies = await running.say(ROBIN, "/safety");
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toMatch(/findahelpline\.com/);
    expect(replies[0]!.buttons).toEqual([]);
  });

  it("marks a person who blocked the bot inactive instead of retrying, and active again when they write", async () => {
    running = await startTelegramCompanion({ now: "2027-03-10T07:00:00Z" });
    await running.say(ROBIN, "/checkin 09:00");
    running.fake.failNext("sendMessage", BLOCKED);
    const before = running.fake.calls.length;
    const { out } = await running.tick("2027-03-10T09:00:00Z");
    expect(out.length).toBeGreaterThan(0);
    expect(running.fake.calls.slice(before).filter((c) => c.method === "sendMessage")).toHaveLength(1);
    expect((await userOf(running, ROBIN))!.inactive).toBe(true);
    // Blocked people are not sent to again...
    const later = await running.tick("2027-03-11T09:00:00Z");
    expect(later.messages).toEqual([]);
    // ...until they come back.
    await running.say(ROBIN, "hello again");
    expect((await userOf(running, ROBIN))!.inactive).toBe(false);
  });

  it("marks a person inactive when a reply to them is refused as blocked, so the next check-in is not sent", async () => {
    running = await startTelegramCompanion({ now: "2027-03-10T07:00:00Z" });
    await running.say(ROBIN, "/checkin 09:00");
    expect((await userOf(running, ROBIN))!.inactive).toBe(false);
    // They block the bot right after writing: the answer to their message is refused.
    running.fake.failNext("sendMessage", BLOCKED);
    const replies = await running.say(ROBIN, "A long day, glad it's over.");
    expect(replies).toEqual([]);
    expect(running.fake.calls.filter((c) => c.method === "sendMessage").at(-1)!.status).toBe(403);
    expect((await userOf(running, ROBIN))!.inactive).toBe(true);
    // No check-in goes to a person who blocked the bot...
    const { messages } = await running.tick("2027-03-10T09:00:00Z");
    expect(messages).toEqual([]);
    // ...until they write again.
    const back = await running.say(ROBIN, "I'm back.");
    expect(back.map((m) => m.text).join("\n")).toMatch(/Saved to your journal/);
    expect((await userOf(running, ROBIN))!.inactive).toBe(false);
  });

  it("does not mark the person inactive when a group refuses the answer (the bot was removed from it)", async () => {
    running = await startTelegramCompanion();
    await running.say(ROBIN, "hello");
    running.fake.failNext("sendMessage", { error_code: 403, description: "Forbidden: bot was kicked from the supergroup chat" });
    await running.say(ROBIN, "/safety", PEER_GROUP);
    expect(running.fake.calls.filter((c) => c.method === "sendMessage").at(-1)!.status).toBe(403);
    expect((await userOf(running, ROBIN))!.inactive).toBe(false);
  });

  it("answers a photo kindly and stores nothing", async () => {
    running = await startTelegramCompanion();
    const before = running.fake.sent.length;
    running.fake.pushUpdate({
      message: {
        message_id: 900,
        date: Math.floor(Date.now() / 1000),
        chat: { id: ROBIN.id, type: "private", first_name: "Robin" },
        from: { id: ROBIN.id, is_bot: false, first_name: "Robin" },
        photo: [{ file_id: "p1", file_unique_id: "u-p1", width: 10, height: 10 }],
      },
    } as Omit<Update, "update_id">);
    await running.settled();
    expect(running.fake.sent.slice(before).map((s) => seen(s).text)).toEqual([UNREADABLE_MESSAGE]);
    expect(await userOf(running, ROBIN)).toBeNull();
  });
});

describe("Telegram adapter: groups", () => {
  it("answers /safety with crisis lines only, never the personal plan, and invites a DM", async () => {
    running = await startTelegramCompanion();
    await running.say(ROBIN, "/country US");
    const robin = await userOf(running, ROBIN);
    await running.database.repos.plans.add(robin!.id, "people", "Call my brother Sam", "+1 555 0100");
    const [inGroup] = await running.say(ROBIN, "/safety@between_test_bot", PEER_GROUP);
    expect(inGroup!.sent.chatId).toBe(PEER_GROUP.id);
    expect(inGroup!.text).toMatch(/findahelpline\.com/);
    expect(inGroup!.text).not.toMatch(/brother Sam|555 0100|988/);
    const invite = inGroup!.sent.message.reply_markup?.inline_keyboard.flat().find((b) => b.text === DM_INVITE_LABEL);
    expect(invite).toMatchObject({ url: `https://t.me/${running.fake.botUser.username}` });
    // In private the same person gets their own plan.
    const [own] = await running.say(ROBIN, "/safety");
    expect(own!.text).toMatch(/brother Sam/);
  });

  it("never reads or stores plain group messages, and ignores other bots' commands", async () => {
    running = await startTelegramCompanion();
    expect(await running.say(KIM, "win: I feel awful today, help", PEER_GROUP)).toEqual([]);
    expect(await running.say(KIM, "/safety@some_other_bot", PEER_GROUP)).toEqual([]);
    expect(await userOf(running, KIM)).toBeNull();
    const [invite] = await running.say(KIM, "/wins", PEER_GROUP);
    expect(invite!.text).toMatch(/direct message/);
    expect(await userOf(running, KIM)).toBeNull();
  });
});

describe("Telegram adapter: scheduled sends and stopping", () => {
  it("renders photos, documents and long text through the real Bot API calls", async () => {
    running = await startTelegramCompanion();
    const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3]);
    const long = Array.from({ length: 120 }, (_, i) => `Line ${i + 1}: ${"a gentle sentence ".repeat(3).trim()}`).join("\n");
    const outcomes = await running.adapter.deliver([
      { to: { platform: "telegram", platformUserId: String(ROBIN.id) }, reply: { kind: "reply", text: "Your week", image: { name: "mood.png", mimeType: "image/png", bytes: png } } },
      { to: { platform: "telegram", platformUserId: String(KIM.id) }, reply: { kind: "reply", text: "Export", file: { name: "journal.txt", mimeType: "text/plain", bytes: new TextEncoder().encode("hello") } } },
      { to: { platform: "telegram", platformUserId: "5550103" }, reply: { kind: "reply", text: long } },
    ]);
    expect(outcomes).toEqual(["sent", "sent", "sent"]);
    const [photo, document, ...texts] = running.fake.sent;
    expect(photo).toMatchObject({ method: "sendPhoto", text: "Your week" });
    expect(photo!.files[0]).toMatchObject({ field: "photo", size: png.length });
    expect(document).toMatchObject({ method: "sendDocument", text: "Export" });
    expect(texts.length).toBe(2);
    for (const part of texts) expect(part.text!.length).toBeLessThanOrEqual(4096);
    expect(texts.map((t) => seen(t).text).join("\n")).toBe(long);
  });

  it("sends /summary as its words, the chart with sendPhoto and the report with sendDocument", async () => {
    running = await startTelegramCompanion({ now: "2027-03-10T18:00:00Z" });
    await running.say(ROBIN, "Slept badly but I walked to the river.");
    const messages = await running.say(ROBIN, "/summary");
    const methods = messages.map((m) => m.sent.method);
    expect(methods).toContain("sendPhoto");
    expect(methods).toContain("sendDocument");
    const photo = messages.find((m) => m.sent.method === "sendPhoto")!.sent.files[0]!;
    // A real PNG, uploaded as multipart.
    expect([...photo.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const report = messages.find((m) => m.sent.method === "sendDocument")!.sent.files[0]!;
    expect(report.fileName).toMatch(/^between-summary-.*\.md$/);
    expect(messages.map((m) => m.text).join("\n")).toMatch(/The chart shows your mood/);
  });

  it("answers /safety at once while scheduled messages wait their turn in the queue, and stop() reports the rest", async () => {
    running = await startTelegramCompanion({ adapter: { outgoingLimits: { perSecond: 2, perRecipientIntervalMs: 1000, concurrency: 1 } } });
    const scheduled: Outgoing[] = Array.from({ length: 10 }, (_, i) => ({
      to: { platform: "telegram", platformUserId: String(6_000_000 + i) },
      reply: { kind: "checkin", text: `Check-in ${i}` },
    }));
    const delivering = running.adapter.deliver(scheduled);
    const [safety] = await running.say(ROBIN, "/safety");
    expect(safety!.text).toMatch(/findahelpline\.com/);
    const sentCheckIns = () => running!.fake.sent.filter((s) => s.text?.startsWith("Check-in")).length;
    expect(sentCheckIns()).toBeLessThan(10);
    await running.adapter.stop();
    const outcomes = await delivering;
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(sentCheckIns());
    expect(outcomes.filter((o) => o === "transient").length).toBeGreaterThan(0);
  });

  it("finishes the update in flight on stop and confirms it, so Telegram does not send it again", async () => {
    running = await startTelegramCompanion();
    running.fake.failNext("sendMessage", { ...FAST_429, retry_after: 0.3 });
    running.fake.sendText(ROBIN, "win: finished my shift");
    await running.fake.waitForCall("sendMessage", (c) => c.status === 429);
    await running.adapter.stop();
    expect(running.fake.sent.map((s) => seen(s).text).join("\n")).toMatch(/finished my shift/);
    expect(running.fake.pendingUpdates()).toBe(0);
  });
});

describe("Telegram adapter: webhook mode", () => {
  it("verifies secret_token on every request and handles each update once", async () => {
    running = await startTelegramCompanion({
      adapter: { webhook: { url: "https://companion.example/telegram/hook", secret: "s3cret-token", port: 0, host: "127.0.0.1" } },
    });
    const setWebhook = running.fake.calls.find((c) => c.method === "setWebhook")!;
    expect(setWebhook.payload).toMatchObject({ url: "https://companion.example/telegram/hook", secret_token: "s3cret-token" });
    const endpoint = `http://127.0.0.1:${running.adapter.webhookPort}/telegram/hook`;
    const update = {
      update_id: 777,
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id: ROBIN.id, type: "private", first_name: "Robin" },
        from: { id: ROBIN.id, is_bot: false, first_name: "Robin" },
        text: "/safety",
        entities: [{ type: "bot_command", offset: 0, length: 7 }],
      },
    };
    const post = (headers: Record<string, string>) =>
      fetch(endpoint, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(update) });
    expect((await post({})).status).toBe(401);
    expect((await post({ "x-telegram-bot-api-secret-token": "wrong" })).status).toBe(401);
    expect(running.fake.sent).toHaveLength(0);
    expect((await post({ "x-telegram-bot-api-secret-token": "s3cret-token" })).status).toBe(200);
    expect(running.fake.sent.map((s) => seen(s).text).join("\n")).toMatch(/findahelpline\.com/);
    // Telegram redelivers when it missed our answer: the update is not handled twice.
    expect((await post({ "x-telegram-bot-api-secret-token": "s3cret-token" })).status).toBe(200);
    expect(running.fake.sent).toHaveLength(1);
  });
});
