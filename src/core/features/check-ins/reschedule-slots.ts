import type { CoreDeps } from "../../deps";
import type { User } from "../../model";
import { nextDueInstant } from "./next-due-instant";
import { parseLocalTime } from "./parse-local-time";

/** After a time-zone change every slot's next due instant moves with the person's wall clock. */
export async function rescheduleSlots(deps: CoreDeps, user: User, now: Date): Promise<void> {
  for (const slot of await deps.repos.slots.list(user.id)) {
    const time = parseLocalTime(slot.localTime);
    if (!time) continue;
    await deps.repos.slots.setNextDue(slot.id, nextDueInstant({ ...time, weekdays: slot.weekdays }, user.timeZone, now));
  }
}
