import { kindError, reply, type HandlerContext } from "../../context";
import type { Reply } from "../../replies";
import { SECTION_TITLES } from "./build-safety-response";
import { addPlanItems, pressPlanStep, startPlanBuilder } from "./build-plan";
import { splitContact } from "./split-contact";
import { schedulePlanReview, setPlanReminder } from "./plan-review-reminder";
import { PLAN_SECTIONS, type PlanItem, type PlanSection } from "./safety-plan";

// Words people use for each section, so "/plan add people: Sam 0151..." just works.
const SECTION_WORDS: Record<string, PlanSection> = {
  warning: "warning-signs", signs: "warning-signs", "warning-signs": "warning-signs", triggers: "warning-signs",
  coping: "coping", cope: "coping", self: "coping",
  distractions: "distractions", distraction: "distractions", distract: "distractions", places: "distractions",
  people: "people", person: "people", contacts: "people", help: "people",
  professionals: "professionals", professional: "professionals", pros: "professionals", services: "professionals", therapist: "professionals",
  environment: "environment", safe: "environment", safer: "environment", surroundings: "environment",
  reasons: "reasons", reason: "reasons", living: "reasons",
};

const USAGE = [
  "/plan add <section>: <item>  (sections: warning, coping, distractions, people, professionals, environment, reasons)",
  "/plan edit <number> <new text>",
  "/plan remove <number>",
  "/plan build  walks through every section again",
].join("\n");

/** The plan as shown for editing: numbered in section order, so numbers stay stable between views. */
function numbered(items: readonly PlanItem[]): PlanItem[] {
  return PLAN_SECTIONS.flatMap((section) => items.filter((item) => item.section === section));
}

function formatForEditing(items: readonly PlanItem[]): string {
  const lines: string[] = ["Your safety plan:"];
  let section: PlanSection | null = null;
  numbered(items).forEach((item, index) => {
    if (item.section !== section) {
      section = item.section;
      lines.push("", SECTION_TITLES[section]);
    }
    lines.push(`${index + 1}. ${item.text}${item.contact ? ` (${item.contact})` : ""}`);
  });
  return lines.join("\n");
}

async function showPlan(ctx: HandlerContext, prefix = ""): Promise<Reply[]> {
  const items = await ctx.deps.repos.plans.list(ctx.user.id);
  if (items.length === 0) return startPlanBuilder(ctx);
  return [
    reply(`${prefix}${formatForEditing(items)}\n\nTo change it:\n${USAGE}`, {
      buttons: [[{ id: "plan.build", label: "Walk through it again" }]],
    }),
  ];
}

async function itemByNumber(ctx: HandlerContext, numberText: string): Promise<PlanItem | null> {
  const index = Number(numberText) - 1;
  if (!Number.isInteger(index) || index < 0) return null;
  return numbered(await ctx.deps.repos.plans.list(ctx.user.id))[index] ?? null;
}

/** `/plan`: show, add, edit, remove, or build again. */
export async function editPlan(ctx: HandlerContext, args: string): Promise<Reply[]> {
  const match = /^(\w+)\s*([\s\S]*)$/.exec(args);
  const verb = match?.[1]?.toLowerCase() ?? "";
  const rest = match?.[2]?.trim() ?? "";
  if (!verb) return showPlan(ctx);
  if (verb === "build" || verb === "review") return startPlanBuilder(ctx);
  if (verb === "reminder" || verb === "reminders") return setPlanReminder(ctx, rest);
  if (verb === "add") {
    const add = /^([\w-]+)\s*[:\-–]?\s*([\s\S]+)$/.exec(rest);
    const section = add ? SECTION_WORDS[add[1]!.toLowerCase()] : undefined;
    if (!add || !section) return [kindError(`Which section should that go in? For example /plan add coping: a walk round the block.\n${USAGE}`)];
    const note = await addPlanItems(ctx, section, add[2]!);
    await schedulePlanReview(ctx);
    return showPlan(ctx, `${note}\n\n`);
  }
  if (verb === "edit" || verb === "change") {
    const edit = /^(\d+)\s+([\s\S]+)$/.exec(rest);
    const item = edit ? await itemByNumber(ctx, edit[1]!) : null;
    if (!edit || !item) return [kindError(`I couldn't find that item. /plan shows the numbers.\n${USAGE}`)];
    const { text, contact } = splitContact(item.section, edit[2]!.trim());
    await ctx.deps.repos.plans.update(ctx.user.id, item.id, text.slice(0, 300), contact);
    return showPlan(ctx, "Changed.\n\n");
  }
  if (verb === "remove" || verb === "delete") {
    const item = await itemByNumber(ctx, rest);
    if (!item) return [kindError(`I couldn't find item "${rest.slice(0, 10)}". /plan shows the numbers.`)];
    await ctx.deps.repos.plans.remove(ctx.user.id, item.id);
    return showPlan(ctx, `Removed "${item.text}".\n\n`);
  }
  return [kindError(`I didn't understand that. ${USAGE}`)];
}

/** Plan buttons: build again, or the builder's next / stop. */
export async function pressPlan(ctx: HandlerContext, action: string): Promise<Reply[]> {
  if (action === "build") return startPlanBuilder(ctx);
  if (action === "show") return showPlan(ctx);
  if (action === "reminder-off") return setPlanReminder(ctx, "off");
  return pressPlanStep(ctx, action);
}
