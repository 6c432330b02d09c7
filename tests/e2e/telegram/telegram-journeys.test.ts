import { afterEach, describe, expect, it } from "vitest";
import { JOURNEYS, type JourneyStep } from "../journeys";
import { startTelegramCompanion, type SeenMessage, type TelegramCompanion } from "./telegram-harness";

let running: TelegramCompanion | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

const PERSON = { id: 5_550_001, first_name: "Robin" };

async function take(companion: TelegramCompanion, step: JourneyStep): Promise<SeenMessage[]> {
  if ("send" in step) return companion.say(PERSON, step.send);
  if ("command" in step) return companion.say(PERSON, `/${step.command}${step.args ? ` ${step.args}` : ""}`);
  if ("press" in step) return companion.press(PERSON, step.press);
  return (await companion.tick(step.tick)).messages;
}

describe("the shared journeys on Telegram (real grammY, stand-in Bot API, SQLite)", () => {
  for (const journey of JOURNEYS) {
    it(journey.name, async () => {
      running = await startTelegramCompanion({ now: journey.startsAt });
      for (const [index, turn] of journey.turns.entries()) {
        const messages = await take(running, turn.step);
        const where = `turn ${index + 1} (${JSON.stringify(turn.step)})`;
        const texts = messages.map((m) => m.text);
        expect(messages.length, where).toBeGreaterThanOrEqual(turn.expect.atLeast ?? 1);
        for (const pattern of turn.expect.texts ?? []) expect(texts.some((t) => pattern.test(t)), `${where}: ${pattern}`).toBe(true);
        for (const pattern of turn.expect.notTexts ?? []) expect(texts.some((t) => pattern.test(t)), `${where}: not ${pattern}`).toBe(false);
        for (const pattern of turn.expect.buttons ?? []) {
          expect(messages.some((m) => m.buttons.some((label) => pattern.test(label))), `${where}: button ${pattern}`).toBe(true);
        }
        const files = messages.flatMap((m) => m.sent.files.map((file) => file.fileName ?? ""));
        for (const pattern of turn.expect.files ?? []) expect(files.some((name) => pattern.test(name)), `${where}: a file ${pattern} among ${files.join(", ")}`).toBe(true);
        // Every message went out as escaped HTML, never as Markdown or raw text.
        for (const message of messages) expect(message.sent.parseMode ?? "HTML", where).toBe("HTML");
      }
      if (journey.stored) {
        const user = await running.database.repos.users.find({ platform: "telegram", platformUserId: String(PERSON.id) });
        expect(user).not.toBeNull();
        if (journey.stored.journalEntries !== undefined) {
          expect(await running.database.repos.journal.list(user!.id, { limit: 100 })).toHaveLength(journey.stored.journalEntries);
        }
        if (journey.stored.wins !== undefined) expect(await running.database.repos.wins.count(user!.id)).toBe(journey.stored.wins);
      }
      // Every press got its answerCallbackQuery: no spinner left turning.
      expect(running.fake.unansweredCallbackQueries()).toEqual([]);
    });
  }
});
