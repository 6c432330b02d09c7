import type { Update } from "@grammyjs/types";
import { describe, expect, it } from "vitest";
import { chatKeyOf, fromTelegramUpdate } from "../../../src/adapters/telegram/from-telegram-update";

const BOT = "between_bot";
const from = { id: 42, is_bot: false, first_name: "Ana" };
const privateChat = { id: 42, type: "private" as const, first_name: "Ana" };
const group = { id: -100123, type: "supergroup" as const, title: "Peers" };

function message(text: string | undefined, chat: Update["message"] extends infer M ? (M extends { chat: infer C } ? C : never) : never = privateChat, extra = {}): Update {
  return { update_id: 900, message: { message_id: 7, date: 0, chat, from, ...(text === undefined ? {} : { text }), ...extra } } as Update;
}

describe("fromTelegramUpdate", () => {
  it("maps a private message to a text event keyed by the update id", () => {
    expect(fromTelegramUpdate(message("slept badly"), BOT)).toEqual({
      kind: "event",
      chatId: 42,
      event: { kind: "text", text: "slept badly", user: { platform: "telegram", platformUserId: "42" }, chat: "private", eventId: "900" },
    });
  });

  it("maps commands, with or without this bot's name, to command events", () => {
    const plain = fromTelegramUpdate(message("/checkin 08:30"), BOT);
    expect(plain).toMatchObject({ kind: "event", event: { kind: "command", name: "checkin", args: "08:30" } });
    const named = fromTelegramUpdate(message("/Safety@Between_Bot"), BOT);
    expect(named).toMatchObject({ kind: "event", event: { kind: "command", name: "safety", args: "" } });
  });

  it("ignores commands addressed to another bot", () => {
    expect(fromTelegramUpdate(message("/start@other_bot"), BOT)).toEqual({ kind: "ignored", reason: "other-bot" });
    expect(fromTelegramUpdate(message("/safety@other_bot", group), BOT)).toEqual({ kind: "ignored", reason: "other-bot" });
  });

  it("in a group reads commands only: plain text never reaches the core", () => {
    expect(fromTelegramUpdate(message("I feel awful, help", group), BOT)).toEqual({ kind: "ignored", reason: "group-message" });
    expect(fromTelegramUpdate(message(undefined, group, { photo: [] }), BOT)).toEqual({ kind: "ignored", reason: "group-message" });
    expect(fromTelegramUpdate(message("/safety", group), BOT)).toMatchObject({ kind: "event", chatId: -100123, event: { kind: "command", name: "safety", chat: "group" } });
  });

  it("answers a private photo or voice note as unreadable, without an event", () => {
    expect(fromTelegramUpdate(message(undefined, privateChat, { voice: { file_id: "v", file_unique_id: "v", duration: 3 } }), BOT)).toEqual({
      kind: "unreadable",
      chatId: 42,
      user: { platform: "telegram", platformUserId: "42" },
    });
  });

  it("ignores bots, channels and updates the companion does not handle", () => {
    expect(fromTelegramUpdate({ update_id: 1, message: { message_id: 1, date: 0, chat: privateChat, from: { ...from, is_bot: true }, text: "hi" } } as Update, BOT)).toEqual({
      kind: "ignored",
      reason: "from-bot",
    });
    expect(fromTelegramUpdate(message("hi", { id: -5, type: "channel", title: "News" } as never), BOT)).toEqual({ kind: "ignored", reason: "channel" });
    expect(fromTelegramUpdate({ update_id: 2, edited_message: message("x").message } as Update, BOT)).toEqual({ kind: "ignored", reason: "not-handled" });
  });

  it("maps a button press to a press event, with what is needed to retire its keyboard", () => {
    const keyboard = { inline_keyboard: [[{ text: "4", callback_data: "checkin.mood:3:4" }]] };
    const update = {
      update_id: 901,
      callback_query: {
        id: "cbq-1",
        from,
        chat_instance: "i",
        data: "checkin.mood:3:4",
        message: { message_id: 55, date: 0, chat: privateChat, from: { id: 1, is_bot: true, first_name: "Between" }, text: "How are you?", reply_markup: keyboard },
      },
    } as Update;
    expect(fromTelegramUpdate(update, BOT)).toEqual({
      kind: "event",
      chatId: 42,
      event: { kind: "press", actionId: "checkin.mood:3:4", user: { platform: "telegram", platformUserId: "42" }, chat: "private", eventId: "901" },
      press: { callbackQueryId: "cbq-1", data: "checkin.mood:3:4", message: { chatId: 42, messageId: 55, text: "How are you?", reply_markup: keyboard } },
    });
    expect(chatKeyOf(update)).toBe("42");
  });

  it("still stops the spinner of a press it cannot use", () => {
    const update = { update_id: 3, callback_query: { id: "cbq-2", from, chat_instance: "i", game_short_name: "g" } } as Update;
    expect(fromTelegramUpdate(update, BOT)).toEqual({ kind: "ignored", reason: "not-handled", callbackQueryId: "cbq-2" });
  });
});
