import { DateTime } from "luxon";
import type { CoreDeps } from "../../deps";
import type { CheckInStatus, NewCheckIn, User } from "../../model";
import type { DueSlot, SlotClaim } from "../../ports";
import type { Outgoing } from "../../replies";
import { checkInQuestion } from "./check-in-messages";
import { DAY_MS, localDateOf } from "./local-date";
import { nextDueInstant, slotRule, type DailySlot } from "./next-due-instant";
import { choosePrompt, PROMPT_REPEAT_DAYS } from "./reflection-prompts";
import { askToPauseInstead, whoToAskToPause } from "../rhythm/ask-to-pause";
import { onVacation } from "../sessions/session-schedule";

/** How many slots and sends one tick handles; the rest wait for the next minute, nothing is dropped. */
export const MAX_SLOTS_PER_TICK = 20_000;
export const MAX_SENDS_PER_TICK = 20_000;
/** After a long outage only this many missed occurrences per slot are recorded as missed. */
const MAX_MISSED_RECORDED = 7;

export interface Occurrence {
  user: User;
  localTime: string;
  dueAt: Date;
}

/** The occurrences a claimed slot owns, oldest first; after a long outage only the last few. */
export function occurrencesOf({ slot, user }: DueSlot, rule: DailySlot, at: Date): Occurrence[] {
  const owned: Date[] = [];
  for (let due = slot.nextDueAt; due <= at; due = nextDueInstant(rule, user.timeZone, due)) {
    owned.push(due);
    if (owned.length > MAX_MISSED_RECORDED) owned.shift();
  }
  return owned.map((dueAt) => ({ user, localTime: slot.localTime, dueAt }));
}

/** Claims every due slot in one call: the occurrences this process now owns, or none where another won. */
async function claimOccurrences(deps: CoreDeps, dueSlots: readonly DueSlot[], at: Date): Promise<Occurrence[]> {
  const planned: { due: DueSlot; rule: DailySlot; claim: SlotClaim }[] = [];
  for (const due of dueSlots) {
    const rule = slotRule(due.slot);
    if (!rule) continue;
    const nextDueAt = nextDueInstant(rule, due.user.timeZone, at);
    planned.push({ due, rule, claim: { slotId: due.slot.id, seenDueAt: due.slot.nextDueAt, nextDueAt } });
  }
  const owned = await deps.repos.checkIns.claimSlots(planned.map((p) => p.claim));
  return planned.filter((p) => owned.has(p.claim.slotId)).flatMap((p) => occurrencesOf(p.due, p.rule, at));
}

export function statusFor(occurrence: Occurrence, isLatest: boolean, at: Date, windowMs: number): CheckInStatus {
  const { user } = occurrence;
  if (user.paused || user.inactive || user.skipDate === localDateOf(occurrence.dueAt, user.timeZone)) return "skipped";
  // On a break, or asked whether to pause and not answered yet: no check-in is sent.
  if (onVacation(user, occurrence.dueAt) || user.pauseAskedAt) return "skipped";
  if (!isLatest || at.getTime() - occurrence.dueAt.getTime() > windowMs) return "missed";
  return "pending";
}

/** A pause with an end date ends by itself at the first due check-in after it. */
async function endExpiredPause(deps: CoreDeps, user: User, at: Date): Promise<User> {
  if (!user.paused || !user.pausedUntil || user.pausedUntil > at) return user;
  return deps.repos.users.update(user.id, { paused: false, pausedUntil: null });
}

/** Sweeps due slots into the outbox: at most the latest occurrence per person is sent. */
async function fillOutbox(deps: CoreDeps, at: Date): Promise<void> {
  const windowMs = deps.settings.catchUpWindowMinutes * 60_000;
  const due: DueSlot[] = [];
  for (const found of await deps.repos.checkIns.findDueSlots(at, MAX_SLOTS_PER_TICK)) {
    due.push({ ...found, user: await endExpiredPause(deps, found.user, at) });
  }
  const byUser = new Map<number, Occurrence[]>();
  for (const occurrence of await claimOccurrences(deps, due, at)) {
    byUser.set(occurrence.user.id, [...(byUser.get(occurrence.user.id) ?? []), occurrence]);
  }
  const rows: NewCheckIn[] = [];
  for (const occurrences of byUser.values()) {
    occurrences.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
    for (const [index, occurrence] of occurrences.entries()) {
      const { user, localTime, dueAt } = occurrence;
      const localDate = localDateOf(dueAt, user.timeZone);
      rows.push({
        userId: user.id,
        // The database refuses a second row for the same person, local date and slot.
        idempotencyKey: `${user.id}:${localDate}:${localTime}`,
        localDate,
        localTime,
        dueAt,
        status: statusFor(occurrence, index === occurrences.length - 1, at, windowMs),
      });
    }
  }
  await choosePrompts(deps, rows, byUser, at);
  await deps.repos.checkIns.createMany(rows);
}

/** Each check-in that will be sent gets its reflection prompt now, one not shown in two weeks. */
async function choosePrompts(deps: CoreDeps, rows: NewCheckIn[], byUser: ReadonlyMap<number, Occurrence[]>, at: Date): Promise<void> {
  const wantsPrompt = (row: NewCheckIn) => row.status === "pending" && byUser.get(row.userId)![0]!.user.checkInSteps.includes("prompt");
  const userIds = [...new Set(rows.filter(wantsPrompt).map((row) => row.userId))];
  if (userIds.length === 0) return;
  const recent = await deps.repos.checkIns.recentPromptIds(userIds, new Date(at.getTime() - PROMPT_REPEAT_DAYS * DAY_MS));
  for (const row of rows) if (wantsPrompt(row)) row.promptId = choosePrompt(recent.get(row.userId) ?? []).id;
}

/** The scheduler's check-in work for one tick: fill the outbox, then claim what is ready to send. */
export async function collectDueCheckIns(deps: CoreDeps, at: Date): Promise<Outgoing[]> {
  await fillOutbox(deps, at);
  const oldestSendable = new Date(at.getTime() - deps.settings.catchUpWindowMinutes * 60_000);
  await deps.repos.checkIns.expireStale(oldestSendable);
  const ready = await deps.repos.checkIns.claimSendable(at, oldestSendable, MAX_SENDS_PER_TICK);
  const out: Outgoing[] = [];
  const askToPause = await whoToAskToPause(deps, ready, at);
  const askedNow = new Set<number>();
  for (const { checkIn, user } of ready) {
    if (askToPause.has(user.id)) {
      // After several unanswered in a row: once, "would a pause help?" instead of another check-in.
      if (askedNow.has(user.id)) await deps.repos.checkIns.update(user.id, checkIn.id, { status: "skipped" });
      else out.push({ to: { platform: user.platform, platformUserId: user.platformUserId }, reply: await askToPauseInstead(deps, checkIn, user, at) });
      askedNow.add(user.id);
      continue;
    }
    const localHour = DateTime.fromJSDate(at, { zone: user.timeZone }).hour;
    out.push({
      to: { platform: user.platform, platformUserId: user.platformUserId },
      reply: checkInQuestion(checkIn, user, localHour),
      receipt: { kind: "checkin", id: checkIn.id, userId: user.id },
    });
  }
  return out;
}
