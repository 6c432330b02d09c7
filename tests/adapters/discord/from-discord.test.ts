import { describe, expect, it } from "vitest";
import { fromDiscordInteraction } from "../../../src/adapters/discord/from-discord-interaction";
import { fromDiscordMessage, type DiscordMessageFacts } from "../../../src/adapters/discord/from-discord-message";
import { JOURNAL_BUTTON_ID, JOURNAL_INPUT_ID, JOURNAL_MODAL_ID } from "../../../src/adapters/discord/journal-modal";

const dm = (content: string, extra: Partial<DiscordMessageFacts> = {}): DiscordMessageFacts => ({
  id: "900",
  authorId: "42",
  authorIsBot: false,
  isSystem: false,
  guildId: null,
  content,
  ...extra,
});
const user = { platform: "discord", platformUserId: "42" };

describe("fromDiscordMessage", () => {
  it("turns a DM into a private text event keyed by the message id", () => {
    expect(fromDiscordMessage(dm("rough night"))).toEqual({ kind: "text", text: "rough night", user, chat: "private", eventId: "900" });
  });

  it("reads a typed /command like the slash command", () => {
    expect(fromDiscordMessage(dm("/checkin 08:30"))).toMatchObject({ kind: "command", name: "checkin", args: "08:30", chat: "private" });
  });

  it("marks a server message as group, and ignores bots (itself included) and system messages", () => {
    expect(fromDiscordMessage(dm("hi", { guildId: "1" }))).toMatchObject({ chat: "group" });
    expect(fromDiscordMessage(dm("hi", { authorIsBot: true }))).toBeNull();
    expect(fromDiscordMessage(dm("", { isSystem: true }))).toBeNull();
  });
});

describe("fromDiscordInteraction", () => {
  const base = { id: "77", userId: "42", guildId: null };

  it("turns a slash command with its option into a command event", () => {
    const plan = fromDiscordInteraction({ ...base, kind: "command", commandName: "checkin", options: [{ name: "time", value: " add 21:00 " }] });
    expect(plan).toEqual({ action: "event", event: { kind: "command", name: "checkin", args: "add 21:00", user, chat: "private", eventId: "77" } });
    expect(fromDiscordInteraction({ ...base, kind: "command", commandName: "wins", options: [] })).toMatchObject({ action: "event", event: { args: "" } });
  });

  it("keeps an interaction in a server private: its answer is only ever seen by the person", () => {
    const plan = fromDiscordInteraction({ ...base, guildId: "5", kind: "command", commandName: "safety", options: [] });
    expect(plan).toMatchObject({ action: "event", event: { chat: "private" } });
  });

  it("opens the writing box for /journal alone and the Write more button, and hands /journal with text to the core's /journal", () => {
    expect(fromDiscordInteraction({ ...base, kind: "command", commandName: "journal", options: [] })).toEqual({ action: "journal-modal" });
    expect(fromDiscordInteraction({ ...base, kind: "button", customId: JOURNAL_BUTTON_ID })).toEqual({ action: "journal-modal" });
    expect(fromDiscordInteraction({ ...base, kind: "command", commandName: "journal", options: [{ name: "text", value: "a good day" }] })).toMatchObject({
      action: "event",
      event: { kind: "command", name: "journal", args: "a good day" },
    });
  });

  it("turns a core button into a press and the writing box into a text event", () => {
    expect(fromDiscordInteraction({ ...base, kind: "button", customId: "checkin.mood:3:4" })).toMatchObject({
      action: "event",
      event: { kind: "press", actionId: "checkin.mood:3:4" },
    });
    expect(fromDiscordInteraction({ ...base, kind: "modal", customId: JOURNAL_MODAL_ID, fields: { [JOURNAL_INPUT_ID]: "long entry" } })).toMatchObject({
      action: "event",
      event: { kind: "text", text: "long entry", eventId: "77" },
    });
  });

  it("calls unknown adapter buttons and forms expired instead of passing them on", () => {
    expect(fromDiscordInteraction({ ...base, kind: "button", customId: "dc.gone" })).toEqual({ action: "expired" });
    expect(fromDiscordInteraction({ ...base, kind: "modal", customId: "other", fields: {} })).toEqual({ action: "expired" });
  });
});
