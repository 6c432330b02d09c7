import type { Clock } from "../core/ports";

export const systemClock: Clock = { now: () => new Date() };

/** A clock that only moves when told to: `--clock virtual` and tests drive time with it. */
export class VirtualClock implements Clock {
  constructor(private current: Date) {}

  now(): Date {
    return new Date(this.current);
  }

  set(at: Date): void {
    this.current = new Date(at);
  }
}
