import type { CoreDeps } from "../../deps";
import type { UserRef } from "../../events";

/**
 * The platform refused a reply to this person for good (they blocked the bot, deleted their
 * account): stop scheduled messages until they write again, as a refused check-in does (see
 * record-delivery.ts). Writing again clears it (route() in handle-event.ts).
 */
export async function recordUnreachable(deps: CoreDeps, ref: UserRef): Promise<void> {
  const user = await deps.repos.users.find(ref);
  if (!user || user.inactive) return;
  await deps.repos.users.update(user.id, { inactive: true });
  deps.logger.warn({ event: "reply-refused" }, "person unreachable; scheduled messages stop until they write again");
}
