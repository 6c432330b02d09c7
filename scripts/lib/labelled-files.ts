import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";

/** The files named on the command line (not flags), or every *.jsonl in the default folders, sorted. */
export function labelledFiles(argv: readonly string[], defaultDirs: readonly string[]): string[] {
  const named = argv.filter((arg) => !arg.startsWith("--"));
  if (named.length > 0) return [...named];
  return defaultDirs.flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith(".jsonl")).sort().map((name) => join(dir, name)));
}

/** One JSON object per line, each checked by `schema`; a bad line names its file and line number. */
export function readLabelledLines<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, "utf8").split("\n").flatMap((row, index) => {
    if (row.trim() === "") return [];
    const parsed = schema.safeParse(JSON.parse(row));
    if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.issues[0]?.message}`);
    return [parsed.data];
  });
}
