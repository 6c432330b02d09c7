import { reply, type HandlerContext } from "../../context";
import type { Reply } from "../../replies";
import { collectPersonalData } from "./collect-personal-data";
import { writeExportMarkdown } from "./write-export-markdown";

const encoder = new TextEncoder();

/** `/export`: everything kept about the person, as JSON (to import elsewhere) and as readable Markdown. */
export async function exportData(ctx: HandlerContext): Promise<Reply[]> {
  const data = await collectPersonalData(ctx.deps, ctx.user, ctx.now);
  const day = ctx.now.toISOString().slice(0, 10);
  const counts = `${data.journal.length} journal entr${data.journal.length === 1 ? "y" : "ies"}, ${data.wins.length} win${data.wins.length === 1 ? "" : "s"}, ${data.moods.length} mood${data.moods.length === 1 ? "" : "s"}, ${data.safetyPlan.length} safety plan item${data.safetyPlan.length === 1 ? "" : "s"}`;
  return [
    reply(
      `Here is everything I keep about you (${counts}, and your habits, goals, notes and settings). ` +
        "The JSON file can be brought to another Between with /import; the Markdown file is for reading. " +
        "These copies are not encrypted, so keep them somewhere safe.",
      { file: { name: `between-export-${day}.json`, mimeType: "application/json", bytes: encoder.encode(`${JSON.stringify(data, null, 2)}\n`) } },
    ),
    reply("The same, to read:", { file: { name: `between-export-${day}.md`, mimeType: "text/markdown", bytes: encoder.encode(writeExportMarkdown(data)) } }),
  ];
}
