/**
 * The Stanley-Brown Safety Planning Intervention's sections, in the order the plan is built.
 * The keys are stored in the database: never rename one.
 */
export const PLAN_SECTIONS = [
  "warning-signs",
  "coping",
  "distractions",
  "people",
  "professionals",
  "environment",
  "reasons",
] as const;

export type PlanSection = (typeof PLAN_SECTIONS)[number];

export interface PlanItem {
  id: number;
  section: PlanSection;
  text: string;
  /** How to reach a person or service, for the `people` and `professionals` sections. */
  contact: string | null;
  position: number;
}

export function isPlanSection(value: string): value is PlanSection {
  return (PLAN_SECTIONS as readonly string[]).includes(value);
}

/** Plan order: sections as the plan reads (warning signs first), then each section's own order. */
export function comparePlanItems(a: PlanItem, b: PlanItem): number {
  return PLAN_SECTIONS.indexOf(a.section) - PLAN_SECTIONS.indexOf(b.section) || a.position - b.position || a.id - b.id;
}
