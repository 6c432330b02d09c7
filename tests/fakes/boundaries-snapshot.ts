import type { CoreDeps } from "../../src/core/deps";
import type { UserRef } from "../../src/core/events";
import { collectPersonalData } from "../../src/core/features/privacy/collect-personal-data";
import type { Repositories } from "../../src/core/ports";

/** Words one person wrote that must never reach anyone else. */
export const SECRET_WORDS = /Zephyrine|Hortensia|900123|call the GP|nightmares/i;

/**
 * Everything the companion keeps about a person, as plain JSON: what another person's attempt must
 * leave exactly as it was. Check-ins are read by id (the export keeps only their sleep answers).
 */
export async function snapshotOf(repos: Repositories, ref: UserRef, checkInIds: readonly number[] = []): Promise<unknown> {
  const user = await repos.users.find(ref);
  if (!user) return null;
  return JSON.parse(
    JSON.stringify({
      user,
      data: await collectPersonalData({ repos } as CoreDeps, user, new Date(0)),
      checkIns: await Promise.all(checkInIds.map((id) => repos.checkIns.find(user.id, id))),
      conversation: await repos.conversations.get(user.id),
      appointments: await repos.appointments.list(user.id),
      omitted: await repos.appointments.omitted(user.id),
      goals: await repos.goals.list(user.id, { doneSince: new Date(0) }),
    }),
  ) as unknown;
}

/** The check-in ids carried by button ids like `checkin.mood:12:4`. */
export function checkInIdsIn(ids: Iterable<string>): number[] {
  return [...new Set([...ids].flatMap((id) => /^checkin\.\w+:(\d+)/.exec(id)?.[1] ?? []).map(Number))];
}
