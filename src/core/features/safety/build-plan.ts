import { reply, type HandlerContext } from "../../context";
import type { FlowHandler } from "../../router";
import type { Reply } from "../../replies";
import { isTooLong } from "../../text/clean-input";
import { SECTION_TITLES } from "./build-safety-response";
import { PLAN_GUIDANCE, splitContact } from "./plan-guidance";
import { schedulePlanReview } from "./plan-review-reminder";
import { PLAN_SECTIONS, type PlanSection } from "./safety-plan";

export const PLAN_FLOW = "plan";

/** A plan section holds at most this many items: enough to choose from in a hard moment. */
export const MAX_ITEMS_PER_SECTION = 12;
const ITEM_MAX_LENGTH = 300;

function stepButtons(): Reply["buttons"] {
  return [[
    { id: "plan.next", label: "Next section" },
    { id: "plan.stop", label: "Stop for now" },
  ]];
}

async function askSection(ctx: HandlerContext, index: number): Promise<Reply[]> {
  const section = PLAN_SECTIONS[index];
  if (!section) return finishBuilder(ctx);
  await ctx.deps.repos.conversations.set(ctx.user.id, { flow: PLAN_FLOW, step: section, data: {} });
  const guide = PLAN_GUIDANCE[section];
  const existing = (await ctx.deps.repos.plans.list(ctx.user.id)).filter((item) => item.section === section);
  const have = existing.length ? `\nAlready in your plan: ${existing.map((item) => item.text).join("; ")}` : "";
  return [
    {
      kind: "prompt",
      text: `Step ${index + 1} of ${PLAN_SECTIONS.length}: ${SECTION_TITLES[section]}\n${guide.question}\n${guide.examples}${have}\n\nWrite one or more (one per line). Say next to move on or skip this one; stop to finish later.`,
      buttons: stepButtons(),
    },
  ];
}

async function finishBuilder(ctx: HandlerContext): Promise<Reply[]> {
  await ctx.deps.repos.conversations.clear(ctx.user.id);
  const count = (await ctx.deps.repos.plans.list(ctx.user.id)).length;
  if (count > 0) await schedulePlanReview(ctx);
  return [
    reply(
      count
        ? `Your safety plan is saved (${count} item${count === 1 ? "" : "s"}). /safety or just help shows it any time. /plan lets you change it; plans change as we do.`
        : "That's fine: there's no rush. /plan is here whenever you want to try, and /safety always shows crisis lines.",
    ),
  ];
}

/** `/plan` with no plan yet, or "walk through again": the guided builder from the first section. */
export async function startPlanBuilder(ctx: HandlerContext): Promise<Reply[]> {
  const intro = reply(
    "Let's build your safety plan together: seven short sections, any of which you can skip. It's yours alone; nobody else sees it.",
  );
  return [intro, ...(await askSection(ctx, 0))];
}

/** Adds the lines of one message to a section; returns a kind note when something was left out. */
export async function addPlanItems(ctx: HandlerContext, section: PlanSection, text: string): Promise<string> {
  const lines = text.split("\n").map((line) => line.replace(/^[-•*\d.)\s]+/, "").trim()).filter(Boolean);
  const existing = (await ctx.deps.repos.plans.list(ctx.user.id)).filter((item) => item.section === section);
  const room = MAX_ITEMS_PER_SECTION - existing.length;
  const accepted = lines.filter((line) => line.length <= ITEM_MAX_LENGTH).slice(0, Math.max(room, 0));
  for (const line of accepted) {
    const { text: itemText, contact } = splitContact(section, line);
    await ctx.deps.repos.plans.add(ctx.user.id, section, itemText, contact);
  }
  const skipped = lines.length - accepted.length;
  const saved = accepted.length ? `Saved ${accepted.length === 1 ? "that" : `those ${accepted.length}`}.` : "";
  return skipped
    ? `${saved} ${skipped} line${skipped === 1 ? " was" : "s were"} not saved: each item can be up to ${ITEM_MAX_LENGTH} characters, ${MAX_ITEMS_PER_SECTION} per section.`.trim()
    : saved;
}

/** Messages while building: items for the current section, or next / skip / stop. */
export const continuePlanBuilder: FlowHandler = async (ctx, text) => {
  const state = await ctx.deps.repos.conversations.get(ctx.user.id);
  const index = Math.max(0, PLAN_SECTIONS.indexOf((state?.step ?? "") as PlanSection));
  const section = PLAN_SECTIONS[index]!;
  const word = text.trim().toLowerCase();
  if (/^(stop|done|finish|cancel|later)$/.test(word)) return finishBuilder(ctx);
  if (/^(next|skip|pass|none|no)$/.test(word)) return askSection(ctx, index + 1);
  if (isTooLong(text)) return [{ kind: "error", text: "That's a lot for one section. Could you send shorter items, one per line?" }];
  const note = await addPlanItems(ctx, section, text);
  return [reply(`${note} Add more, or say next.`, { buttons: stepButtons() })];
};

/** Buttons shown while building. */
export async function pressPlanStep(ctx: HandlerContext, action: string): Promise<Reply[]> {
  return continuePlanBuilder(ctx, action === "stop" ? "stop" : "next");
}
