import type { Core } from "../core/handle-event";
import type { Outgoing } from "../core/replies";

/**
 * The scheduled work, listed in one place. Each job turns "it is now `at`" into messages; the
 * core decides what is due, so the same jobs run under node-cron and under a virtual clock.
 */
export interface Job {
  name: string;
  run(at: Date): Promise<Outgoing[]>;
}

export function createJobs(core: Core): Job[] {
  return [{ name: "core-tick", run: (at) => core.handleEvent({ kind: "tick", at }) }];
}

/** Runs every job once for the instant `at`; a failing job is logged by the caller and skipped. */
export async function runJobs(jobs: readonly Job[], at: Date, onError: (job: Job, error: unknown) => void): Promise<Outgoing[]> {
  const out: Outgoing[] = [];
  for (const job of jobs) {
    try {
      out.push(...(await job.run(at)));
    } catch (error) {
      onError(job, error);
    }
  }
  return out;
}
