import { reply, type HandlerContext } from "../../context";
import type { FlowHandler } from "../../router";
import type { Reply } from "../../replies";
import { isTooLong } from "../../text/clean-input";
import { splitContact } from "./split-contact";
import { schedulePlanReview } from "./plan-review-reminder";
import { PLAN_SECTIONS, type PlanSection } from "./safety-plan";
import { planBuilderWording, type PlanBuilderWording } from "./wording/plan-builder-wording";
import { isSafetyLanguage, safetyWording, type SafetyLanguage } from "./wording/safety-wording";

export const PLAN_FLOW = "plan";

/** A plan section holds at most this many items: enough to choose from in a hard moment. */
export const MAX_ITEMS_PER_SECTION = 12;
const ITEM_MAX_LENGTH = 300;

function stepButtons(wording: PlanBuilderWording): Reply["buttons"] {
  return [[
    { id: "plan.next", label: wording.buttons.next },
    { id: "plan.stop", label: wording.buttons.stop },
  ]];
}

/** The builder's language, kept with its step: English unless it was started from a safety response in another. */
function languageOf(data: Record<string, unknown> | undefined): SafetyLanguage {
  const language = data?.language;
  return typeof language === "string" && isSafetyLanguage(language) ? language : "en";
}

async function askSection(ctx: HandlerContext, index: number, language: SafetyLanguage): Promise<Reply[]> {
  const section = PLAN_SECTIONS[index];
  if (!section) return finishBuilder(ctx, language);
  await ctx.deps.repos.conversations.set(ctx.user.id, { flow: PLAN_FLOW, step: section, data: language === "en" ? {} : { language } });
  const wording = planBuilderWording(language);
  const guide = wording.guidance[section];
  const existing = (await ctx.deps.repos.plans.list(ctx.user.id)).filter((item) => item.section === section);
  const have = existing.length ? `\n${wording.already(existing.map((item) => item.text).join("; "))}` : "";
  const title = safetyWording(language).sectionTitles[section];
  return [
    {
      kind: "prompt",
      text: `${wording.step(index + 1, PLAN_SECTIONS.length, title)}\n${guide.question}\n${guide.examples}${have}\n\n${wording.howTo}`,
      buttons: stepButtons(wording),
    },
  ];
}

async function finishBuilder(ctx: HandlerContext, language: SafetyLanguage): Promise<Reply[]> {
  await ctx.deps.repos.conversations.clear(ctx.user.id);
  const count = (await ctx.deps.repos.plans.list(ctx.user.id)).length;
  if (count > 0) await schedulePlanReview(ctx);
  const wording = planBuilderWording(language);
  return [reply(count ? wording.finished(count) : wording.finishedEmpty)];
}

/**
 * `/plan` with no plan yet, "walk through again", or the safety response's plan button: the guided
 * builder from the first section, in the safety response's language when it came from there.
 */
export async function startPlanBuilder(ctx: HandlerContext, language: SafetyLanguage = "en"): Promise<Reply[]> {
  const wording = planBuilderWording(language);
  const hasPlan = (await ctx.deps.repos.plans.list(ctx.user.id)).length > 0;
  return [reply(hasPlan ? wording.introAgain : wording.intro), ...(await askSection(ctx, 0, language))];
}

/** Adds the lines of one message to a section; returns a kind note when something was left out. */
export async function addPlanItems(ctx: HandlerContext, section: PlanSection, text: string, language: SafetyLanguage = "en"): Promise<string> {
  const lines = text.split("\n").map((line) => line.replace(/^[-•*\d.)\s]+/, "").trim()).filter(Boolean);
  const existing = (await ctx.deps.repos.plans.list(ctx.user.id)).filter((item) => item.section === section);
  const room = MAX_ITEMS_PER_SECTION - existing.length;
  const accepted = lines.filter((line) => line.length <= ITEM_MAX_LENGTH).slice(0, Math.max(room, 0));
  for (const line of accepted) {
    const { text: itemText, contact } = splitContact(section, line);
    await ctx.deps.repos.plans.add(ctx.user.id, section, itemText, contact);
  }
  const wording = planBuilderWording(language);
  const skipped = lines.length - accepted.length;
  const saved = accepted.length ? wording.saved(accepted.length) : "";
  return skipped ? `${saved} ${wording.notSaved(skipped, ITEM_MAX_LENGTH, MAX_ITEMS_PER_SECTION)}`.trim() : saved;
}

/** A whole message as a builder word: lowercase, no accents or end punctuation ("Después…" is "despues", "Suivant !" is "suivant"). */
function asWord(text: string): string {
  return text.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").replace(/[’‘`´]/g, "'").replace(/[\s.!?…]+$/u, "").trim();
}

/** Whether the message is one of a list's words, in English (always understood) or the builder's language. */
function isOneOf(word: string, wording: PlanBuilderWording, list: "nextWords" | "stopWords" | "nothingWords" | "nobodyWords"): boolean {
  return planBuilderWording("en")[list].includes(word) || wording[list].includes(word);
}

/**
 * Messages while building: items for the current section, or a word that moves on or stops. "ok",
 * "thanks", "nothing" and "nobody" are never saved as plan items: the plan is read in a crisis.
 */
export const continuePlanBuilder: FlowHandler = async (ctx, text) => {
  const state = await ctx.deps.repos.conversations.get(ctx.user.id);
  const index = Math.max(0, PLAN_SECTIONS.indexOf((state?.step ?? "") as PlanSection));
  const section = PLAN_SECTIONS[index]!;
  const language = languageOf(state?.data);
  const wording = planBuilderWording(language);
  const word = asWord(text);
  if (isOneOf(word, wording, "stopWords")) return finishBuilder(ctx, language);
  if (section === "people" && isOneOf(word, wording, "nobodyWords")) return [reply(wording.peopleNobody), ...(await askSection(ctx, index + 1, language))];
  // "Nothing" to reasons for living is heard, once, before the builder moves on.
  if (section === "reasons" && isOneOf(word, wording, "nothingWords") && state?.data.heardNothing !== true) {
    await ctx.deps.repos.conversations.set(ctx.user.id, { flow: PLAN_FLOW, step: section, data: { ...state?.data, heardNothing: true } });
    return [reply(wording.reasonsNothing, { buttons: stepButtons(wording) })];
  }
  if ((["nextWords", "nothingWords", "nobodyWords"] as const).some((list) => isOneOf(word, wording, list))) return askSection(ctx, index + 1, language);
  if (isTooLong(text)) return [{ kind: "error", text: wording.tooLong }];
  const note = await addPlanItems(ctx, section, text, language);
  return [reply(`${note} ${wording.addMore}`, { buttons: stepButtons(wording) })];
};

/** Buttons shown while building. */
export async function pressPlanStep(ctx: HandlerContext, action: string): Promise<Reply[]> {
  return continuePlanBuilder(ctx, action === "stop" ? "stop" : "next");
}
