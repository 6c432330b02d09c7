import type { CoreDeps } from "../../deps";
import type { DeliveryOutcome, DeliveryReceipt } from "../../replies";

/** Waits before the 2nd, 3rd and 4th attempt; after that a check-in is marked failed. */
export const RETRY_DELAYS_MS: readonly number[] = [60_000, 5 * 60_000, 15 * 60_000];

/** What the adapter reported for a check-in it tried to deliver. */
export async function recordDelivery(deps: CoreDeps, receipt: DeliveryReceipt, outcome: DeliveryOutcome, at: Date): Promise<void> {
  const { checkIns, users } = deps.repos;
  const checkIn = await checkIns.find(receipt.userId, receipt.id);
  if (!checkIn) return;
  if (outcome === "sent") {
    await checkIns.update(receipt.userId, receipt.id, { status: "sent", sentAt: at });
    return;
  }
  const delay = RETRY_DELAYS_MS[checkIn.attempts - 1];
  if (outcome === "permanent" || delay === undefined) {
    await checkIns.update(receipt.userId, receipt.id, { status: "failed" });
    // The platform refuses this person (blocked bot, closed DMs): stop sending until they write again.
    if (outcome === "permanent") await users.update(receipt.userId, { inactive: true });
    deps.logger.warn({ event: "checkin-failed", checkIn: receipt.id, outcome }, "check-in not delivered");
    return;
  }
  const nextAttemptAt = new Date(at.getTime() + delay);
  await checkIns.update(receipt.userId, receipt.id, { status: "pending", nextAttemptAt });
}
