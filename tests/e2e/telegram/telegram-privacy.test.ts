import { afterEach, describe, expect, it } from "vitest";
import { startTelegramCompanion, type TelegramCompanion } from "./telegram-harness";

// /export sends files; /import takes the JSON as a document captioned /import; /delete asks first.
const ROBIN = { id: 5_550_301, first_name: "Robin" };
const KIM = { id: 5_550_302, first_name: "Kim" };

let running: TelegramCompanion | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe("Telegram: export, import and delete", () => {
  it("sends the export as documents, takes the JSON back as a captioned document, and erases after the confirmation", async () => {
    running = await startTelegramCompanion();
    await running.say(ROBIN, "/journal the tram ride home was calm");
    await running.say(ROBIN, "/plan add people: Jo 0151 2345678");
    const exported = await running.say(ROBIN, "/export");
    const documents = exported.flatMap((message) => message.sent.files);
    expect(exported.map((message) => message.sent.method)).toEqual(["sendDocument", "sendDocument"]);
    const json = documents.find((file) => file.fileName.endsWith(".json"))!;
    expect(new TextDecoder().decode(json.bytes)).toContain("the tram ride home was calm");

    const before = running.fake.sent.length;
    running.fake.sendDocument(KIM, { name: json.fileName, bytes: new Uint8Array(json.bytes) }, "/import");
    await running.settled();
    const answer = running.fake.sent.slice(before).map((sent) => sent.text).join("\n");
    expect(answer).toMatch(/brought in 2 items/);
    const kim = await running.database.repos.users.find({ platform: "telegram", platformUserId: String(KIM.id) });
    expect((await running.database.repos.journal.list(kim!.id, { limit: 5 })).map((entry) => entry.text)).toEqual(["the tram ride home was calm"]);

    // A file without the /import caption is not read, and nothing is stored.
    running.fake.sendDocument(KIM, { name: "notes.json", bytes: new TextEncoder().encode("{}") }, "");
    await running.settled();
    expect(await running.database.repos.journal.list(kim!.id, { limit: 5 })).toHaveLength(1);

    expect((await running.say(ROBIN, "/delete")).map((message) => message.text).join("\n")).toMatch(/It can't be undone/);
    expect((await running.press(ROBIN, /Erase everything/)).map((message) => message.text).join("\n")).toMatch(/has been erased/);
    expect(await running.database.repos.users.find({ platform: "telegram", platformUserId: String(ROBIN.id) })).toBeNull();
  });
});
