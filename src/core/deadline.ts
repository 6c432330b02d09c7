/** Thrown when work takes longer than its deadline; the work itself goes on. */
export class DeadlineError extends Error {
  override name = "DeadlineError";
}

/** The work's result, or a DeadlineError after `ms`: a promise cannot be cancelled, only stopped waiting for. */
export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
