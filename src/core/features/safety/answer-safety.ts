import { withDeadline } from "../../deadline";
import type { CoreDeps } from "../../deps";
import type { ChatKind, UserRef } from "../../events";
import type { Reply } from "../../replies";
import { buildSafetyResponse, type SafetyMoment } from "./build-safety-response";
import type { PlanItem } from "./safety-plan";
import type { SafetyLanguage } from "./wording/safety-wording";

/** What the safety response last read for a person, so it can answer in their words if storage fails. */
interface KnownSafetyData {
  country: string | null;
  plan: readonly PlanItem[];
}

// Bounded so a long-running process cannot grow without limit; the oldest entry goes first.
const LAST_KNOWN_MAX_ENTRIES = 10_000;
const lastKnown = new Map<string, KnownSafetyData>();

function keyOf(user: UserRef): string {
  return `${user.platform}:${user.platformUserId}`;
}

function remember(user: UserRef, data: KnownSafetyData): void {
  const key = keyOf(user);
  lastKnown.delete(key);
  lastKnown.set(key, data);
  if (lastKnown.size > LAST_KNOWN_MAX_ENTRIES) lastKnown.delete(lastKnown.keys().next().value!);
}

/** Forgets what was cached for a person (after /delete). */
export function forgetSafetyData(user: UserRef): void {
  lastKnown.delete(keyOf(user));
}

async function readSafetyData(deps: CoreDeps, user: UserRef, moment: SafetyMoment): Promise<KnownSafetyData> {
  // Never creates a user: the safety response must not depend on a write succeeding.
  const found = await deps.repos.users.find(user);
  if (!found) return { country: null, plan: [] };
  const data = { country: found.country, plan: await deps.repos.plans.list(found.id) };
  // Remembered before anything is written: writes can wait while reads go on (another process
  // holding SQLite's write lock), and an answer past the deadline is then still this person's.
  remember(user, data);
  // A guided flow in progress is set aside: the next message should not be read as its answer.
  // Not the plan builder when its own answer was heavy: that answer is a plan item, kept in the plan.
  if (moment === "crisis-in-plan") return data;
  const setAside = deps.repos.conversations.clear(found.id);
  // A request answers nothing else in its event, so it does not wait for that write; crisis
  // language goes on to handle the message, which must not be read as the flow's answer.
  if (moment === "request") {
    setAside.catch((error: Error) => deps.logger.warn({ event: "safety", error: error.name }, "could not set a guided flow aside"));
  } else {
    await setAside;
  }
  return data;
}

/**
 * The person's country and plan for a safety answer, read with a deadline; if storage is slow or
 * down, what was last read for them, or null (then bundled lines and a generic plan).
 */
async function safetyDataFor(deps: CoreDeps, user: UserRef, moment: SafetyMoment): Promise<KnownSafetyData | null> {
  try {
    return await withDeadline(readSafetyData(deps, user, moment), deps.settings.safetyStorageTimeoutMs);
  } catch (error) {
    deps.logger.warn({ event: "safety", reason: (error as Error).name }, "safety response from bundled data");
    return lastKnown.get(keyOf(user)) ?? null;
  }
}

export interface SafetyAnswerOptions {
  /** In a group even the person's country is personal: the international lines and a DM invitation. */
  chat?: ChatKind;
  /** The language the person wrote in; English when not known. */
  language?: SafetyLanguage;
}

/** The safety response for a person, in their words where storage allows (see safetyDataFor), and the country it was for. */
export async function safetyAnswerFor(
  deps: CoreDeps,
  user: UserRef,
  moment: SafetyMoment,
  { chat = "private", language = "en" }: SafetyAnswerOptions = {},
): Promise<{ reply: Reply; country: string | null }> {
  const directory = deps.content.crisisLines;
  if (chat === "group") return { reply: buildSafetyResponse({ moment: "group", directory, country: null, plan: [], language }), country: null };
  const data = await safetyDataFor(deps, user, moment);
  const country = data?.country ?? null;
  return { reply: buildSafetyResponse({ moment, directory, country, plan: data?.plan ?? null, language }), country };
}

/** The safety response for a person (see safetyAnswerFor). */
export async function answerSafety(deps: CoreDeps, user: UserRef, moment: SafetyMoment, options: SafetyAnswerOptions = {}): Promise<Reply> {
  return (await safetyAnswerFor(deps, user, moment, options)).reply;
}

/**
 * The safety response without touching storage: from what was last read for this person, or from
 * bundled lines and a generic plan. For when storage has already been waited on long enough.
 */
export function answerSafetyFromMemory(deps: CoreDeps, user: UserRef, moment: SafetyMoment, language: SafetyLanguage = "en"): Reply {
  const data = lastKnown.get(keyOf(user));
  return buildSafetyResponse({ moment, directory: deps.content.crisisLines, country: data?.country ?? null, plan: data?.plan ?? null, language });
}
