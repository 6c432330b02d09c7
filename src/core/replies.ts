import type { UserRef } from "./events";

/**
 * What a reply is for. Adapters may render kinds differently (e.g. never batch or delay `safety`),
 * and tests and tools match on it.
 */
export type ReplyKind =
  | "reply" // an ordinary answer
  | "safety" // the safety response: plan, crisis lines, grounding
  | "checkin" // a scheduled check-in or one of its steps
  | "celebration" // a win acknowledged
  | "prompt" // a guided flow asking for input
  | "error"; // bad input, said kindly

/** A button the person can press. Its `id` comes back as a `press` event. */
export interface Button {
  /** Short and namespaced (`checkin.mood:4`); never carries user text. */
  id: string;
  /** What the person sees on the button. */
  label: string;
}

/** A file carried by a reply (a chart, an export). */
export interface Attachment {
  /** File name shown to the person, e.g. `mood-2027-03-14.png`. */
  name: string;
  mimeType: string;
  bytes: Uint8Array;
  /** A text description for screen readers and platforms without images. */
  alt?: string;
}

/** One message to show. Plain text: adapters escape it for their platform's markup. */
export interface Reply {
  kind: ReplyKind;
  text: string;
  /** Rows of buttons. */
  buttons?: Button[][];
  image?: Attachment;
  file?: Attachment;
  /** The reply invites free writing for the journal; an adapter may offer a larger input (Discord: a modal). */
  awaitsText?: "journal";
}

/** Identifies a scheduled message whose delivery the core tracks (the check-in outbox). */
export interface DeliveryReceipt {
  kind: "checkin";
  id: number;
  userId: number;
}

/** What an adapter reports back: sent, worth retrying (429, 5xx, network), or refused for good (403). */
export type DeliveryOutcome = "sent" | "transient" | "permanent";

/** A reply addressed to one person. */
export interface Outgoing {
  to: UserRef;
  reply: Reply;
  /** Present on scheduled messages: the adapter reports the outcome with `core.recordDelivery`. */
  receipt?: DeliveryReceipt;
}
