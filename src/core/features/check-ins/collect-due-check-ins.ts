import { DateTime } from "luxon";
import type { CoreDeps } from "../../deps";
import type { CheckInStatus, User } from "../../model";
import type { DueSlot } from "../../ports";
import type { Outgoing } from "../../replies";
import { checkInQuestion } from "./check-in-messages";
import { localDateOf } from "./local-date";
import { nextDueInstant } from "./next-due-instant";
import { parseLocalTime } from "./parse-local-time";
import { choosePrompt, PROMPT_REPEAT_DAYS } from "./reflection-prompts";

/** How many slots and sends one tick handles; the rest wait for the next minute, nothing is dropped. */
export const MAX_SLOTS_PER_TICK = 5_000;
export const MAX_SENDS_PER_TICK = 5_000;
/** After a long outage only this many missed occurrences per slot are recorded as missed. */
const MAX_MISSED_RECORDED = 7;
const DAY_MS = 86_400_000;

interface Occurrence {
  user: User;
  localTime: string;
  dueAt: Date;
}

/** Claims one due slot: the occurrences it owns (oldest first), or none if another process won. */
async function claimOccurrences(deps: CoreDeps, { slot, user }: DueSlot, at: Date): Promise<Occurrence[]> {
  const time = parseLocalTime(slot.localTime);
  if (!time) return [];
  const rule = { ...time, weekdays: slot.weekdays };
  const next = nextDueInstant(rule, user.timeZone, at);
  if (!(await deps.repos.checkIns.claimSlot(slot.id, slot.nextDueAt, next))) return [];
  const owned: Date[] = [];
  for (let due = slot.nextDueAt; due <= at; due = nextDueInstant(rule, user.timeZone, due)) {
    owned.push(due);
    if (owned.length > MAX_MISSED_RECORDED) owned.shift();
  }
  return owned.map((dueAt) => ({ user, localTime: slot.localTime, dueAt }));
}

function statusFor(occurrence: Occurrence, isLatest: boolean, at: Date, windowMs: number): CheckInStatus {
  const { user } = occurrence;
  if (user.paused || user.inactive || user.skipDate === localDateOf(occurrence.dueAt, user.timeZone)) return "skipped";
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
  const byUser = new Map<number, Occurrence[]>();
  for (const due of await deps.repos.checkIns.findDueSlots(at, MAX_SLOTS_PER_TICK)) {
    const user = await endExpiredPause(deps, due.user, at);
    const occurrences = await claimOccurrences(deps, { ...due, user }, at);
    byUser.set(user.id, [...(byUser.get(user.id) ?? []), ...occurrences]);
  }
  for (const occurrences of byUser.values()) {
    occurrences.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
    for (const [index, occurrence] of occurrences.entries()) {
      const { user, localTime, dueAt } = occurrence;
      const localDate = localDateOf(dueAt, user.timeZone);
      await deps.repos.checkIns.create({
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
}

/** The scheduler's check-in work for one tick: fill the outbox, then claim what is ready to send. */
export async function collectDueCheckIns(deps: CoreDeps, at: Date): Promise<Outgoing[]> {
  await fillOutbox(deps, at);
  const oldestSendable = new Date(at.getTime() - deps.settings.catchUpWindowMinutes * 60_000);
  await deps.repos.checkIns.expireStale(oldestSendable);
  const ready = await deps.repos.checkIns.claimSendable(at, oldestSendable, MAX_SENDS_PER_TICK);
  const out: Outgoing[] = [];
  for (const { checkIn, user } of ready) {
    const recent = await deps.repos.checkIns.recentPromptIds(user.id, new Date(at.getTime() - PROMPT_REPEAT_DAYS * DAY_MS));
    const promptId = user.checkInSteps.includes("prompt") ? choosePrompt(recent).id : null;
    if (promptId) await deps.repos.checkIns.update(user.id, checkIn.id, { promptId });
    const localHour = DateTime.fromJSDate(at, { zone: user.timeZone }).hour;
    out.push({
      to: { platform: user.platform, platformUserId: user.platformUserId },
      reply: checkInQuestion(checkIn, user, localHour),
      receipt: { kind: "checkin", id: checkIn.id, userId: user.id },
    });
  }
  return out;
}
