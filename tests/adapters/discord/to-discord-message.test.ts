import { describe, expect, it } from "vitest";
import {
  DISCORD_BUTTONS_PER_ROW,
  DISCORD_CUSTOM_ID_MAX_LENGTH,
  DISCORD_MESSAGE_MAX_LENGTH,
  DISCORD_ROWS_PER_MESSAGE,
  DISCORD_UPLOAD_MAX_BYTES,
  DiscordLimitError,
} from "../../../src/adapters/discord/discord-limits";
import { JOURNAL_BUTTON_ID } from "../../../src/adapters/discord/journal-modal";
import {
  escapeDiscordMarkdown,
  splitDiscordContent,
  toDiscordMessages,
  toDiscordPayload,
} from "../../../src/adapters/discord/to-discord-message";
import type { Button, Reply } from "../../../src/core/replies";
import { testCompanion } from "../../fakes/test-companion";

const unescape = (text: string) => text.replace(/\\([^\p{L}\p{N}\s])/gu, "$1");
const buttons = (count: number, prefix = "b"): Button[] => Array.from({ length: count }, (_, i) => ({ id: `${prefix}.${i}`, label: `B${i}` }));
const ids = (reply: Reply) => toDiscordMessages(reply).flatMap((m) => m.components.flatMap((row) => row.components.map((b) => b.custom_id)));

describe("escapeDiscordMarkdown", () => {
  it("shows markup characters as themselves", () => {
    const text = "I *really* did it_ ~~ `code` ||spoiler|| [x](y) <@123> <t:1>";
    const escaped = escapeDiscordMarkdown(text);
    expect(escaped).not.toMatch(/(?<!\\)[*_~`|[\]<]/);
    expect(unescape(escaped)).toBe(text);
  });

  it("escapes headings, quotes and subtext only at the start of a line", () => {
    expect(escapeDiscordMarkdown("# big\n> quote\n-# small\nnot # here")).toBe("\\# big\n\\> quote\n\\-# small\nnot # here");
  });

  it("leaves links clickable", () => {
    expect(escapeDiscordMarkdown("see https://example.org/a_b*c today_")).toBe("see https://example.org/a_b*c today\\_");
  });
});

describe("splitDiscordContent", () => {
  it("keeps short text in one piece and drops whitespace-only chunks", () => {
    expect(splitDiscordContent("hello")).toEqual(["hello"]);
    expect(splitDiscordContent("   ")).toEqual([]);
  });

  it("splits at paragraphs first, and every chunk fits", () => {
    const paragraph = "word ".repeat(150).trim();
    const text = [paragraph, paragraph, paragraph, paragraph].join("\n\n");
    const chunks = splitDiscordContent(text);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((chunk) => chunk.length <= DISCORD_MESSAGE_MAX_LENGTH)).toBe(true);
    expect(chunks.every((chunk) => chunk.startsWith("word") && chunk.endsWith("word"))).toBe(true);
    expect(chunks.join("\n\n")).toBe(text);
  });

  it("cuts a text without spaces without breaking an emoji or an escape", () => {
    const emoji = "😀".repeat(1500); // 3,000 UTF-16 units
    const chunks = splitDiscordContent(emoji);
    expect(chunks.join("")).toBe(emoji);
    expect(chunks.every((chunk) => !/[\uD800-\uDBFF]$/.test(chunk) && chunk.length <= DISCORD_MESSAGE_MAX_LENGTH)).toBe(true);

    const escaped = escapeDiscordMarkdown("a" + "*".repeat(2500));
    const parts = splitDiscordContent(escaped);
    expect(parts.every((part) => (/\\+$/.exec(part)?.[0].length ?? 0) % 2 === 0)).toBe(true);
    expect(parts.join("")).toBe(escaped);
  });
});

describe("toDiscordMessages", () => {
  it("puts buttons and files on the last text message, after all the words", () => {
    const image = { name: "mood.png", mimeType: "image/png", bytes: new Uint8Array([1, 2, 3]), alt: "Mood over two weeks" };
    const messages = toDiscordMessages({ kind: "reply", text: "x ".repeat(1500), buttons: [buttons(2)], image });
    expect(messages).toHaveLength(2);
    expect(messages[0]!.components).toEqual([]);
    expect(messages[1]!.components[0]!.components.map((b) => b.label)).toEqual(["B0", "B1"]);
    expect(messages[1]!.files).toEqual([{ name: "mood.png", bytes: image.bytes, description: "Mood over two weeks" }]);
  });

  it("wraps a long row and carries buttons beyond five rows on a further message, losing none", () => {
    const messages = toDiscordMessages({ kind: "reply", text: "Pick one", buttons: [buttons(27)] });
    const rows = messages.flatMap((m) => m.components);
    expect(rows.every((row) => row.components.length <= DISCORD_BUTTONS_PER_ROW)).toBe(true);
    expect(messages.every((m) => m.components.length <= DISCORD_ROWS_PER_MESSAGE)).toBe(true);
    expect(messages.map((m) => m.content)).toEqual(["Pick one", ""]);
    expect(rows.flatMap((row) => row.components.map((b) => b.custom_id))).toEqual(buttons(27).map((b) => b.id));
  });

  it("fails loudly, never silently, on what Discord cannot show whole", () => {
    const longId = "x".repeat(DISCORD_CUSTOM_ID_MAX_LENGTH + 1);
    expect(() => toDiscordMessages({ kind: "reply", text: "t", buttons: [[{ id: longId, label: "ok" }]] })).toThrow(DiscordLimitError);
    expect(() => toDiscordMessages({ kind: "reply", text: "t", buttons: [[{ id: "a.1", label: "l".repeat(81) }]] })).toThrow(DiscordLimitError);
    expect(() => toDiscordMessages({ kind: "reply", text: "t", buttons: [[{ id: "a.1", label: "x" }, { id: "a.1", label: "y" }]] })).toThrow(/twice/);
    const huge = { name: "big.bin", mimeType: "application/octet-stream", bytes: new Uint8Array(DISCORD_UPLOAD_MAX_BYTES + 1) };
    expect(() => toDiscordMessages({ kind: "reply", text: "t", file: huge })).toThrow(DiscordLimitError);
  });

  it("offers a writing box on a reply that invites journal writing, and nowhere else", () => {
    const question: Reply = { kind: "checkin", text: "Anything you want to write down?", buttons: [[{ id: "checkin.done:7", label: "Nothing today" }]], awaitsText: "journal" };
    expect(ids(question)).toEqual([JOURNAL_BUTTON_ID, "checkin.done:7"]);
    expect(ids({ ...question, buttons: [] })).toEqual([JOURNAL_BUTTON_ID]);
    expect(ids({ ...question, awaitsText: undefined })).toEqual(["checkin.done:7"]);
    expect(ids({ kind: "checkin", text: "How are you?", buttons: [[{ id: "checkin.mood:7:4", label: "4" }]] })).toEqual(["checkin.mood:7:4"]);
  });

  it("sends nothing for an empty reply, and a file alone when there is no text", () => {
    expect(toDiscordMessages({ kind: "reply", text: "  " })).toEqual([]);
    const file = { name: "notes.txt", mimeType: "text/plain", bytes: new Uint8Array([65]) };
    expect(toDiscordMessages({ kind: "reply", text: "", file })).toMatchObject([{ content: "", files: [{ name: "notes.txt" }] }]);
  });

  it("turns parts into a payload that can never ping anyone", () => {
    const [parts] = toDiscordMessages({ kind: "reply", text: "@everyone hi" });
    expect(toDiscordPayload(parts!)).toEqual({ content: "@everyone hi", components: [], files: [], allowedMentions: { parse: [] } });
  });
});

describe("every reply the core sends fits Discord", () => {
  it("renders the replies of real conversations without breaking a limit", async () => {
    const bot = testCompanion({ now: "2027-03-10T07:00:00Z", platform: "discord" });
    const replies: Reply[] = [];
    const say = async (text: string) => replies.push(...(await bot.send("ana", text)));
    const press = async (id: string) => replies.push(...(await bot.press("ana", id)));
    await say("/start");
    await say("Germany");
    await say("Berlin");
    await say("09:00");
    await say("/safety");
    await say("i dont want to be here anymore");
    await press("safety.ground:box");
    await press("safety.plan");
    await say("/plan add coping: a walk");
    await say("/plan");
    await say("/commands");
    await say("/wins");
    const due = await bot.tick("2027-03-10T08:00:00Z");
    replies.push(...due.map((o) => o.reply));
    const mood = due[0]!.reply.buttons![0]![3]!.id;
    await press(mood);
    expect(replies.length).toBeGreaterThan(15);
    for (const reply of replies) expect(() => toDiscordMessages(reply), reply.text.slice(0, 60)).not.toThrow();
    // A check-in id far beyond any real one still makes a short enough button id.
    expect(`checkin.mood:${2 ** 53}:10`.length).toBeLessThanOrEqual(DISCORD_CUSTOM_ID_MAX_LENGTH);
  });
});
