import type { CountryCrisisEntry, CrisisDirectory, CrisisLine } from "./crisis-directory";
import { directoryDetail } from "./wording/directory-details";
import { countryName, safetyWording, type SafetyWording } from "./wording/safety-wording";

function describeLine(line: CrisisLine, wording: SafetyWording): string {
  const ways = [
    // The directory writes several numbers as "A or B", in English.
    line.phone ? wording.lines.call(line.phone.replaceAll(" or ", ` ${wording.lines.or} `)) : null,
    line.text ? (/\d/.test(line.text) && !/\s/.test(line.text.trim()) ? wording.lines.text(line.text) : line.text) : null,
    line.chat ? wording.lines.chat(line.chat) : null,
  ].filter((way): way is string => way !== null);
  const details = [line.hours, line.audience]
    .filter((detail): detail is string => Boolean(detail))
    .map((detail) => directoryDetail(detail, wording.language))
    .join(", ");
  const website = line.website && !line.chat ? ` ${line.website}` : "";
  return `• ${line.name}${wording.colon}${ways.join(` ${wording.lines.or} `)}${details ? ` (${details})` : ""}${website}`;
}

/** The crisis-lines part of the safety response, for a known country or the international fallback. */
export function formatCrisisLines(directory: CrisisDirectory, entry: CountryCrisisEntry | null, wording: SafetyWording = safetyWording("en")): string {
  if (!entry) {
    return [
      wording.lines.internationalHeader,
      `• ${wording.lines.international(directory.international.name, directory.international.website)}`,
      wording.lines.internationalDanger(directory.international.note),
      wording.lines.tellCountry,
    ].join("\n");
  }
  return [
    wording.lines.header(countryName(entry.country, entry.name, wording)),
    ...entry.lines.map((line) => describeLine(line, wording)),
    wording.lines.immediateDanger(entry.emergency),
  ].join("\n");
}
