import type { Button, Reply } from "../../replies";
import type { CountryCrisisEntry, CrisisDirectory } from "./crisis-directory";
import { formatCrisisLines } from "./format-crisis-lines";
import { groundingButtons } from "./grounding-exercises";
import { withLanguage } from "./safety-button-language";
import type { PlanItem, PlanSection } from "./safety-plan";
import { safetyWording, type SafetyLanguage, type SafetyMoment, type SafetyWording } from "./wording/safety-wording";

export type { SafetyMoment } from "./wording/safety-wording";

/** In a hard moment, what can be done now comes first; warning signs come last. */
const CRISIS_ORDER: readonly PlanSection[] = [
  "coping",
  "people",
  "professionals",
  "reasons",
  "distractions",
  "environment",
  "warning-signs",
];

/** The plan's section titles as the plan builder, editing and export show them (in English, as those are). */
export const SECTION_TITLES: Record<PlanSection, string> = safetyWording("en").sectionTitles;

function formatPlan(items: readonly PlanItem[], wording: SafetyWording): string {
  const parts: string[] = [wording.yourPlan];
  for (const section of CRISIS_ORDER) {
    const inSection = items.filter((item) => item.section === section);
    if (inSection.length === 0) continue;
    parts.push(`${wording.sectionTitles[section]}${wording.colon.trimEnd()}`);
    for (const item of inSection) parts.push(`• ${item.text}${item.contact ? ` (${item.contact})` : ""}`);
  }
  return parts.join("\n");
}

export interface SafetyResponseInput {
  moment: SafetyMoment;
  directory: CrisisDirectory;
  country: string | null;
  /** null when the plan could not be read; [] when there is none yet. */
  plan: readonly PlanItem[] | null;
  /** The language the person wrote in; English when not known (a command, a button without one). */
  language?: SafetyLanguage;
}

/** The one safety response. Pure, so it can be built from bundled data when storage is down. */
export function buildSafetyResponse(input: SafetyResponseInput): Reply {
  const language = input.language ?? "en";
  const wording = safetyWording(language);
  const entry: CountryCrisisEntry | null = input.directory.lookup(input.country);
  const lines = formatCrisisLines(input.directory, entry, wording);
  // A guessed language can be wrong: the way back to English is always there.
  const footer = wording.inEnglish ? `\n\n${wording.inEnglish}` : "";
  if (input.moment === "group") {
    return { kind: "safety", text: `${wording.openings.group}\n\n${lines}\n\n${wording.groupPrivately}${footer}` };
  }
  const plan =
    input.plan === null
      ? wording.genericPlan
      : input.plan.length === 0
        ? `${wording.genericPlan}\n\n${wording.planInvite}`
        : formatPlan(input.plan, wording);
  const buttons: Button[][] = [];
  if (input.moment === "crisis-language" || input.moment === "crisis-in-plan") {
    buttons.push([
      { id: withLanguage("safety.check:safe", language), label: wording.buttons.safe },
      { id: withLanguage("safety.check:unsafe", language), label: wording.buttons.unsafe },
    ]);
  }
  buttons.push(groundingButtons(language));
  buttons.push([{ id: withLanguage("safety.plan", language), label: input.plan?.length ? wording.buttons.editPlan : wording.buttons.makePlan }]);
  return { kind: "safety", text: `${wording.openings[input.moment]}\n\n${plan}\n\n${lines}${footer}`, buttons };
}
