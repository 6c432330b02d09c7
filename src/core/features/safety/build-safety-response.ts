import type { Button, Reply } from "../../replies";
import type { CountryCrisisEntry, CrisisDirectory } from "./crisis-directory";
import { formatCrisisLines } from "./format-crisis-lines";
import { GROUNDING_BUTTONS } from "./grounding-exercises";
import type { PlanItem, PlanSection } from "./safety-plan";

/** Why the safety response is being shown: it is worded for that moment. */
export type SafetyMoment = "request" | "crisis-language" | "crisis-in-plan" | "group";

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

export const SECTION_TITLES: Record<PlanSection, string> = {
  "warning-signs": "Warning signs I notice",
  coping: "Things I can do on my own",
  distractions: "People and places that take my mind off things",
  people: "People I can ask for help",
  professionals: "Professionals and services",
  environment: "Making my surroundings safer",
  reasons: "My reasons for living",
};

/** Shown when the plan cannot be read (storage down) or does not exist yet. */
const GENERIC_PLAN = [
  "Some things that help many people right now:",
  "• Slow your breathing: in for 4, out for 6.",
  "• Put some distance between you and anything you could use to hurt yourself.",
  "• Go where there are other people, or message someone you trust: \"Can you talk? I'm having a hard time.\"",
  "• Cold water on your face or hands can take the edge off a wave.",
].join("\n");

const OPENINGS: Record<SafetyMoment, string> = {
  request: "I'm here with you. You don't have to get through this moment alone.",
  "crisis-language":
    "Thank you for telling me. It sounds like things are really hard right now, and I'm glad you wrote it down.\nAre you safe right now?",
  // Warning signs and means are what a plan is made of: the words may be planning, not happening now.
  "crisis-in-plan":
    "Writing a safety plan can stir up a lot, and what you wrote sounds heavy. If it is happening now, not only something you're planning for: are you safe right now?",
  group: "If you or someone here is struggling, please reach out. These lines are free and confidential.",
};

function formatPlan(items: readonly PlanItem[]): string {
  const parts: string[] = ["Your safety plan:"];
  for (const section of CRISIS_ORDER) {
    const inSection = items.filter((item) => item.section === section);
    if (inSection.length === 0) continue;
    parts.push(`${SECTION_TITLES[section]}:`);
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
}

/** The one safety response. Pure, so it can be built from bundled data when storage is down. */
export function buildSafetyResponse(input: SafetyResponseInput): Reply {
  const entry: CountryCrisisEntry | null = input.directory.lookup(input.country);
  const lines = formatCrisisLines(input.directory, entry);
  if (input.moment === "group") {
    return {
      kind: "safety",
      text: `${OPENINGS.group}\n\n${lines}\n\nFor your own safety plan, message me privately: it is never shown in a group.`,
    };
  }
  const plan =
    input.plan === null
      ? GENERIC_PLAN
      : input.plan.length === 0
        ? `${GENERIC_PLAN}\n\nWhen you feel ready, /plan builds your own safety plan with you, one small step at a time.`
        : formatPlan(input.plan);
  const buttons: Button[][] = [];
  if (input.moment === "crisis-language" || input.moment === "crisis-in-plan") {
    buttons.push([
      { id: "safety.check:safe", label: "I'm safe for now" },
      { id: "safety.check:unsafe", label: "I'm not safe" },
    ]);
  }
  buttons.push(GROUNDING_BUTTONS.map((button) => ({ ...button })));
  buttons.push([{ id: "safety.plan", label: input.plan?.length ? "Edit my plan" : "Make my plan" }]);
  return { kind: "safety", text: `${OPENINGS[input.moment]}\n\n${plan}\n\n${lines}`, buttons };
}
