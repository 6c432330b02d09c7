import type { CoreDeps } from "../../deps";
import type { CheckInStatus } from "../../model";
import { MAX_SLOTS_PER_TICK, occurrencesOf, statusFor, type Occurrence } from "./collect-due-check-ins";
import { slotRule } from "./next-due-instant";

export interface PreviewedCheckIn extends Occurrence {
  /** What a tick at that instant would do with it: "pending" means it would be sent. */
  status: CheckInStatus;
}

/**
 * What a tick at `at` would do, without claiming or writing anything (`npm run schedule -- --at`).
 * Shows what is stored now: a slot another tick moves on before `at` is not seen again here.
 */
export async function previewDueCheckIns(deps: CoreDeps, at: Date): Promise<PreviewedCheckIn[]> {
  const windowMs = deps.settings.catchUpWindowMinutes * 60_000;
  const preview: PreviewedCheckIn[] = [];
  for (const due of await deps.repos.checkIns.findDueSlots(at, MAX_SLOTS_PER_TICK)) {
    const rule = slotRule(due.slot);
    if (!rule) continue;
    // A pause that has ended by then would be lifted by the tick itself.
    const pauseOver = due.user.paused && due.user.pausedUntil !== null && due.user.pausedUntil <= at;
    const user = pauseOver ? { ...due.user, paused: false, pausedUntil: null } : due.user;
    const occurrences = occurrencesOf({ ...due, user }, rule, at);
    for (const [index, occurrence] of occurrences.entries()) {
      preview.push({ ...occurrence, status: statusFor(occurrence, index === occurrences.length - 1, at, windowMs) });
    }
  }
  return preview.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.user.id - b.user.id);
}
