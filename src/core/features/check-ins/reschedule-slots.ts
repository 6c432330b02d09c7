import type { CoreDeps } from "../../deps";
import type { User } from "../../model";
import { nextDueInstant, slotRule } from "./next-due-instant";

/** After a time-zone change every slot's next due instant moves with the person's wall clock. */
export async function rescheduleSlots(deps: CoreDeps, user: User, now: Date): Promise<void> {
  for (const slot of await deps.repos.slots.list(user.id)) {
    const rule = slotRule(slot);
    if (rule) await deps.repos.slots.setNextDue(slot.id, nextDueInstant(rule, user.timeZone, now));
  }
}
