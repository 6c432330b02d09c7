import { kindError, reply, type HandlerContext } from "../../context";
import type { CoreDeps } from "../../deps";
import type { Outgoing, Reply } from "../../replies";
import { DAY_MS } from "../check-ins/local-date";

export const MIN_RETENTION_DAYS = 7;
export const MAX_RETENTION_DAYS = 3650;
/** Old entries are looked for once an hour, not on every one-minute tick. */
const RETENTION_EVERY_MS = 3_600_000;

/** `/retention`, `/retention 90`, `/retention off`: erase entries older than N days, per person, off by default. */
export async function setRetention(ctx: HandlerContext, args: string): Promise<Reply[]> {
  const current = ctx.user.retentionDays;
  const word = args.trim().toLowerCase();
  if (!word) {
    return [
      reply(
        current
          ? `Entries older than ${current} days are erased (journal, wins, moods, check-ins, session notes, habit ticks, finished goals). /retention off keeps everything.`
          : `I keep everything until you delete it. /retention 90 would erase entries older than 90 days (any number from ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS}).`,
      ),
    ];
  }
  if (/^(off|never|none|0)$/.test(word)) {
    await ctx.deps.repos.users.update(ctx.user.id, { retentionDays: null });
    return [reply("Done: I'll keep your entries until you delete them.")];
  }
  const days = /^(\d{1,5})\s*(d|days?)?$/.exec(word);
  const n = days ? Number(days[1]) : NaN;
  if (!Number.isInteger(n) || n < MIN_RETENTION_DAYS || n > MAX_RETENTION_DAYS) {
    return [kindError(`I need a number of days from ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS} (e.g. /retention 90), or /retention off. Nothing changed.`)];
  }
  await ctx.deps.repos.users.update(ctx.user.id, { retentionDays: n });
  return [
    reply(
      `Done: entries older than ${n} days will be erased (journal, wins, moods, check-ins, session notes, habit ticks, finished goals). ` +
        "Your safety plan, habits and open goals stay. The first clear-out happens within the hour; /retention off before then keeps everything. /export saves a copy first.",
    ),
  ];
}

const lastRun = new WeakMap<CoreDeps, number>();

/** Tick work: erases what has passed each person's retention. Sends nothing. */
export async function applyRetention(deps: CoreDeps, at: Date): Promise<Outgoing[]> {
  const previous = lastRun.get(deps);
  if (previous !== undefined && at.getTime() - previous < RETENTION_EVERY_MS) return [];
  lastRun.set(deps, at.getTime());
  let erased = 0;
  for (const { userId, days } of await deps.repos.erasure.withRetention()) {
    erased += await deps.repos.erasure.eraseOlderThan(userId, new Date(at.getTime() - days * DAY_MS));
  }
  if (erased > 0) deps.logger.info({ event: "erase", scope: "retention", rows: erased }, "erased entries past their retention");
  return [];
}
