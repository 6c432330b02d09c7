import { describe, expect, it } from "vitest";
import { chatJson, tempDatabaseUrl } from "./run-companion";

describe("/export on one install and /import on another, in the terminal", () => {
  it("moves a person's journal, plan and settings, and erases them with /delete", async () => {
    const first = await chatJson(
      [
        { user: "ana", text: "/timezone Europe/Madrid" },
        { user: "ana", text: "/journal the storm kept me up #sleep" },
        { user: "ana", text: "/plan add coping: cold water on my face" },
        { user: "ana", text: "/export" },
      ],
      { env: { DATABASE_URL: tempDatabaseUrl() } },
    );
    const files = first.out.filter((line) => typeof line.file === "string").map((line) => String(line.file));
    const json = files.find((path) => path.endsWith(".json"))!;
    expect(files.some((path) => path.endsWith(".md"))).toBe(true);

    const url = tempDatabaseUrl();
    const second = await chatJson(
      [
        { user: "ana", text: "/import", file: json },
        { user: "ana", text: "/journal list" },
        { user: "ana", text: "/safety" },
        { user: "ana", text: "/delete" },
      ],
      { env: { DATABASE_URL: url } },
    );
    const said = second.out.map((line) => String(line.text ?? "")).join("\n");
    expect(said).toMatch(/brought in 2 items/);
    expect(said).toContain("the storm kept me up #sleep");
    expect(said).toContain("cold water on my face");
    const confirm = second.out.flatMap((line) => (line.buttons as { id: string }[][] | undefined)?.flat() ?? []).find((b) => b.id.startsWith("privacy.erase:"))!;

    const third = await chatJson([{ user: "ana", press: confirm.id }, { user: "ana", text: "/journal list" }], { env: { DATABASE_URL: url } });
    const after = third.out.map((line) => String(line.text ?? "")).join("\n");
    expect(after).toMatch(/has been erased/);
    expect(after).not.toContain("storm");
  });
});
