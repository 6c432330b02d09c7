import type { DeliveryOutcome, Outgoing } from "../core/replies";
import type { Platform } from "../core/events";

/** What main.ts needs from every platform adapter. */
export interface Adapter {
  readonly platform: Platform;
  /** Starts receiving; resolves when the adapter is ready (the console adapter: when input ends). */
  start(): Promise<void>;
  /** Delivers messages the core produced outside a reply (scheduled check-ins), one outcome each. */
  deliver(messages: readonly Outgoing[]): Promise<DeliveryOutcome[]>;
  stop(): Promise<void>;
}
