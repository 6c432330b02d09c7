import { afterEach, describe, expect, it } from "vitest";
import { expectTexts, startDiscordCompanion, type DiscordCompanion } from "./discord-harness";

// /export sends files by DM; /import takes the JSON file attached to a DM; /delete asks first.
let companion: DiscordCompanion | undefined;

afterEach(async () => {
  await companion?.close();
  companion = undefined;
});

const NOOR = { id: "200000000000000501", username: "noor" };
const SAM = { id: "200000000000000502", username: "sam" };

describe("export, import and delete on Discord", () => {
  it("sends the export as two files, brings the JSON in for another person, and erases after the confirmation", async () => {
    const bot = (companion = await startDiscordCompanion());
    await bot.send(NOOR, "/journal the harbour at dusk helped");
    await bot.send(NOOR, "/plan add coping: cold water on my face");
    const exported = await bot.send(NOOR, "/export");
    expect(exported.flatMap((message) => message.files)).toEqual([expect.stringMatching(/^between-export-\d{4}-\d{2}-\d{2}\.json$/), expect.stringMatching(/\.md$/)]);
    const upload = bot.fake.requests.flatMap((request) => request.files).find((file) => file.name.endsWith(".json"))!;
    expect(new TextDecoder().decode(upload.bytes)).toContain("the harbour at dusk helped");

    const imported = await bot.send(SAM, "/import", [{ name: upload.name, bytes: upload.bytes }]);
    expectTexts(imported, [/brought in 2 items/]);
    const sam = await bot.repos.users.find({ platform: "discord", platformUserId: SAM.id });
    expect((await bot.repos.journal.list(sam!.id, { limit: 5 })).map((entry) => entry.text)).toEqual(["the harbour at dusk helped"]);
    expectTexts(await bot.send(SAM, "/import"), [/send the JSON file from its \/export here/]);

    expectTexts(await bot.send(NOOR, "/delete"), [/It can't be undone/]);
    expectTexts(await bot.press(NOOR, /Erase everything/), [/has been erased/]);
    expect(await bot.repos.users.find({ platform: "discord", platformUserId: NOOR.id })).toBeNull();
    expect(await bot.repos.journal.list(sam!.id, { limit: 5 })).toHaveLength(1);
  });
});
