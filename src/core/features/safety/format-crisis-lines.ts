import type { CountryCrisisEntry, CrisisDirectory, CrisisLine } from "./crisis-directory";

function describeLine(line: CrisisLine): string {
  const ways = [
    line.phone ? `call ${line.phone}` : null,
    line.text ? (/\d/.test(line.text) && !/\s/.test(line.text.trim()) ? `text ${line.text}` : line.text) : null,
    line.chat ? `chat at ${line.chat}` : null,
  ].filter((way): way is string => way !== null);
  const details = [line.hours, line.audience].filter(Boolean).join(", ");
  const website = line.website && !line.chat ? ` ${line.website}` : "";
  return `• ${line.name}: ${ways.join(" or ")}${details ? ` (${details})` : ""}${website}`;
}

/** The crisis-lines part of the safety response, for a known country or the international fallback. */
export function formatCrisisLines(directory: CrisisDirectory, entry: CountryCrisisEntry | null): string {
  if (!entry) {
    return [
      "Crisis lines:",
      `• ${directory.international.name}: ${directory.international.website} lists free, confidential helplines in your country.`,
      `If you are in immediate danger, call your local emergency number (${directory.international.note}).`,
      "Tell me your country with /country and I will show your local lines here.",
    ].join("\n");
  }
  return [
    `Crisis lines in ${entry.name}:`,
    ...entry.lines.map(describeLine),
    `If you are in immediate danger, call ${entry.emergency}.`,
  ].join("\n");
}
