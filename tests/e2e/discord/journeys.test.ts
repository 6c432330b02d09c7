import { afterEach, describe, expect, it } from "vitest";
import { JOURNEYS, type JourneyStep } from "../journeys";
import { expectTexts, startDiscordCompanion, type DiscordCompanion, type SeenMessage } from "./discord-harness";

// The shared journeys, each in a fresh companion, driven through the real discord.js against the
// fake Discord: a `send` is a DM, a `command` a slash command in the DM, a `press` a button click.
let companion: DiscordCompanion | undefined;

afterEach(async () => {
  await companion?.close();
  companion = undefined;
});

const PERSON = { id: "200000000000000101", username: "robin" };

function run(bot: DiscordCompanion, step: JourneyStep): Promise<SeenMessage[]> {
  if ("send" in step) return bot.send(PERSON, step.send);
  if ("command" in step) return bot.command(PERSON, step.command, step.args);
  if ("press" in step) return bot.press(PERSON, step.press);
  return bot.tick(step.tick);
}

describe("the shared journeys on Discord", () => {
  for (const journey of JOURNEYS) {
    it(journey.name, async () => {
      const bot = (companion = await startDiscordCompanion({ now: journey.startsAt }));
      for (const [index, { step, expect: expected }] of journey.turns.entries()) {
        const label = `turn ${index + 1} (${JSON.stringify(step, (_key, value: unknown) => (value instanceof RegExp ? String(value) : value))}):`;
        const messages = await run(bot, step);
        expect(messages.length, `${label} how many messages`).toBeGreaterThanOrEqual(expected.atLeast ?? 1);
        expectTexts(messages, expected.texts ?? [], label);
        for (const pattern of expected.notTexts ?? []) {
          expect(messages.filter((message) => pattern.test(message.text)).map((m) => m.text), label).toEqual([]);
        }
        const labels = messages.flatMap((message) => message.buttons.map((button) => button.label));
        for (const pattern of expected.buttons ?? []) {
          expect(labels.some((buttonLabel) => pattern.test(buttonLabel)), `${label} a button matching ${pattern} among ${labels.join(", ")}`).toBe(true);
        }
        const files = messages.flatMap((message) => message.files);
        for (const pattern of expected.files ?? []) {
          expect(files.some((name) => pattern.test(name)), `${label} a file matching ${pattern} among ${files.join(", ")}`).toBe(true);
        }
        // Everything in a journey happens in the person's DM: nothing is posted anywhere else.
        expect(messages.every((message) => message.channelId === bot.fake.dmChannelIdOf(PERSON)), label).toBe(true);
      }
      if (journey.stored) {
        const user = await bot.repos.users.find({ platform: "discord", platformUserId: PERSON.id });
        expect(user).not.toBeNull();
        if (journey.stored.journalEntries !== undefined) {
          expect(await bot.repos.journal.list(user!.id, { limit: 100 })).toHaveLength(journey.stored.journalEntries);
        }
        if (journey.stored.wins !== undefined) expect(await bot.repos.wins.count(user!.id)).toBe(journey.stored.wins);
      }
    });
  }
});
