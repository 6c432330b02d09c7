import { describe, expect, it } from "vitest";
import {
  DM_INVITE_LABEL,
  escapeHtml,
  splitText,
  TelegramLimitError,
  toPressedEdit,
  toTelegramMessages,
  unescapeHtml,
  type TelegramMediaMessage,
  type TelegramTextMessage,
} from "../../../src/adapters/telegram/to-telegram-message";
import { TELEGRAM_CAPTION_MAX_LENGTH, TELEGRAM_MESSAGE_MAX_LENGTH } from "../../../src/adapters/telegram/telegram-limits";
import type { Attachment, Reply } from "../../../src/core/replies";
import { testCompanion } from "../../fakes/test-companion";

const PNG: Attachment = { name: "mood.png", mimeType: "image/png", bytes: new Uint8Array([1, 2, 3]) };
const CSV: Attachment = { name: "moods.csv", mimeType: "text/csv", bytes: new Uint8Array([4, 5]) };

function texts(messages: ReturnType<typeof toTelegramMessages>): string[] {
  return messages.map((m) => (m.method === "sendMessage" ? m.text : (m.caption ?? "")));
}

describe("toTelegramMessages", () => {
  it("sends plain text as escaped HTML, with link previews off", () => {
    const [message] = toTelegramMessages({ kind: "reply", text: "Saved: <script>alert(1)</script> & more" }) as TelegramTextMessage[];
    expect(message).toEqual({
      method: "sendMessage",
      text: "Saved: &lt;script&gt;alert(1)&lt;/script&gt; &amp; more",
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
    });
  });

  it("turns button rows into an inline keyboard whose callback data is the button id", () => {
    const reply: Reply = {
      kind: "checkin",
      text: "How are you feeling?",
      buttons: [[{ id: "checkin.mood:12:1", label: "1" }, { id: "checkin.mood:12:2", label: "2" }], [{ id: "checkin.skip:12", label: "Skip today" }]],
    };
    const [message] = toTelegramMessages(reply);
    expect(message!.reply_markup).toEqual({
      inline_keyboard: [
        [{ text: "1", callback_data: "checkin.mood:12:1" }, { text: "2", callback_data: "checkin.mood:12:2" }],
        [{ text: "Skip today", callback_data: "checkin.skip:12" }],
      ],
    });
  });

  it("refuses a button id longer than Telegram's 64 bytes instead of cutting it", () => {
    const reply: Reply = { kind: "reply", text: "x", buttons: [[{ id: `plan.${"é".repeat(30)}`, label: "Go" }]] };
    expect(() => toTelegramMessages(reply)).toThrow(TelegramLimitError);
    expect(() => toTelegramMessages({ kind: "reply", text: "x", buttons: [[{ id: "a".repeat(64), label: "Go" }]] })).not.toThrow();
    expect(() => toTelegramMessages({ kind: "reply", text: "x", buttons: [[{ id: "plan.next", label: " " }]] })).toThrow(TelegramLimitError);
  });

  it("splits long text on line boundaries into parts within 4,096 characters, keeping every word", () => {
    const lines = Array.from({ length: 300 }, (_, i) => `Line ${i}: something I noticed today.`);
    const messages = toTelegramMessages({ kind: "reply", text: lines.join("\n"), buttons: [[{ id: "plan.next", label: "Next" }]] });
    expect(messages.length).toBeGreaterThan(1);
    for (const text of texts(messages)) expect(text.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_MAX_LENGTH);
    // Each part ends at a line end: no line is cut in two.
    expect(texts(messages).flatMap((t) => t.split("\n"))).toEqual(lines);
    // The keyboard sits under the last part only.
    expect(messages.map((m) => Boolean(m.reply_markup))).toEqual([...messages.slice(1).map(() => false), true]);
  });

  it("counts escaping against the limit: 4,000 ampersands do not fit in one message", () => {
    const messages = toTelegramMessages({ kind: "reply", text: "&".repeat(4000) });
    for (const text of texts(messages)) expect(text.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_MAX_LENGTH);
    expect(texts(messages).map(unescapeHtml).join("")).toBe("&".repeat(4000));
  });

  it("cuts a single over-long line at spaces, and never inside an emoji", () => {
    const words = Array.from({ length: 2000 }, (_, i) => `word${i}`).join(" ");
    const wordParts = splitText(words);
    expect(wordParts.join(" ")).toBe(words);
    for (const part of wordParts) expect(part.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_MAX_LENGTH);
    const emoji = "🌱".repeat(3000);
    const emojiParts = splitText(emoji);
    expect(emojiParts.join("")).toBe(emoji);
    for (const part of emojiParts) expect(part).toMatch(/^(🌱)+$/u);
  });

  it("sends an image with sendPhoto and a file with sendDocument, a short text as the caption", () => {
    const [photo, document] = toTelegramMessages({ kind: "reply", text: "Your week", image: PNG, file: CSV, buttons: [[{ id: "plan.next", label: "Next" }]] }) as TelegramMediaMessage[];
    expect(photo).toMatchObject({ method: "sendPhoto", attachment: PNG, caption: "Your week", parse_mode: "HTML" });
    expect(photo!.reply_markup).toBeUndefined();
    expect(document).toMatchObject({ method: "sendDocument", attachment: CSV });
    expect(document!.caption).toBeUndefined();
    expect(document!.reply_markup).toBeDefined();
  });

  it("sends a text too long for a caption first, then the image", () => {
    const long = "a".repeat(TELEGRAM_CAPTION_MAX_LENGTH + 1);
    const messages = toTelegramMessages({ kind: "reply", text: long, image: PNG });
    expect(messages.map((m) => m.method)).toEqual(["sendMessage", "sendPhoto"]);
    expect((messages[1] as TelegramMediaMessage).caption).toBeUndefined();
  });

  it("adds a link to the private chat under replies in a group", () => {
    const [message] = toTelegramMessages({ kind: "safety", text: "Lines" }, { dmInviteUrl: "https://t.me/between_bot" });
    expect(message!.reply_markup?.inline_keyboard).toEqual([[{ text: DM_INVITE_LABEL, url: "https://t.me/between_bot" }]]);
  });

  it("refuses a reply with nothing to show", () => {
    expect(() => toTelegramMessages({ kind: "reply", text: "  " })).toThrow(TelegramLimitError);
  });

  it("renders every reply of a real conversation within Telegram's limits", async () => {
    const bot = testCompanion({ platform: "telegram" });
    const replies = [
      ...(await bot.send("ana", "/start")),
      ...(await bot.send("ana", "/safety")),
      ...(await bot.press("ana", "safety.ground:box")),
      ...(await bot.send("ana", "/plan")),
      ...(await bot.send("ana", "/commands")),
      ...(await bot.send("ana", "i dont want to be here anymore")),
    ];
    expect(replies.length).toBeGreaterThan(5);
    for (const reply of replies) expect(() => toTelegramMessages(reply)).not.toThrow();
  });
});

describe("toPressedEdit", () => {
  const keyboard = { inline_keyboard: [[{ text: "4", callback_data: "checkin.mood:3:4" }, { text: "5", callback_data: "checkin.mood:3:5" }]] };

  it("shows the choice under the question and drops the keyboard", () => {
    expect(toPressedEdit({ text: "How are you <today>?", reply_markup: keyboard }, "checkin.mood:3:4")).toEqual({
      method: "editMessageText",
      text: "How are you &lt;today&gt;?\n\n✓ 4",
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
    });
  });

  it("only removes the keyboard of a photo, or when the text would grow too long", () => {
    expect(toPressedEdit({ reply_markup: keyboard }, "checkin.mood:3:4")).toEqual({ method: "editMessageReplyMarkup" });
    expect(toPressedEdit({ text: "x".repeat(4095), reply_markup: keyboard }, "checkin.mood:3:4")).toEqual({ method: "editMessageReplyMarkup" });
  });
});

describe("escapeHtml", () => {
  it("escapes exactly what Telegram's HTML mode needs, and round-trips", () => {
    const text = `<b>"quotes" & 'apostrophes'</b>`;
    expect(escapeHtml(text)).toBe(`&lt;b&gt;"quotes" &amp; 'apostrophes'&lt;/b&gt;`);
    expect(unescapeHtml(escapeHtml(text))).toBe(text);
    expect(unescapeHtml(escapeHtml("&lt; typed literally"))).toBe("&lt; typed literally");
  });
});
