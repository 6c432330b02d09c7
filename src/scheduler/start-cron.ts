import cron from "node-cron";
import type { Clock, Logger } from "../core/ports";
import type { Outgoing } from "../core/replies";
import { runJobs, type Job } from "./jobs";

/** Ticks every minute with the system clock; node-cron skips a tick while the last one still runs. */
export function startCron(jobs: readonly Job[], clock: Clock, logger: Logger, deliver: (messages: Outgoing[]) => Promise<void>) {
  const task = cron.schedule(
    "* * * * *",
    async () => {
      const messages = await runJobs(jobs, clock.now(), (job, error) =>
        logger.error({ event: "job", job: job.name, error: (error as Error).name }, "scheduled job failed"),
      );
      await deliver(messages);
    },
    { noOverlap: true, name: "between-tick" },
  );
  return { stop: () => task.stop() };
}
