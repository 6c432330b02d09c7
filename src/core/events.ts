/** The platforms the companion speaks on. `console` is the terminal adapter. */
export type Platform = "console" | "telegram" | "discord";

/** Who an event came from or a reply goes to: stable per platform, never a display name. */
export interface UserRef {
  platform: Platform;
  /** The platform's own id for the person (Telegram user id, Discord user id, console name). */
  platformUserId: string;
}

/** Where the event happened: personal data is only ever shown in a private chat. */
export type ChatKind = "private" | "group";

interface EventBase {
  user: UserRef;
  /** Defaults to "private". In a group the core answers only with what is safe to show there. */
  chat?: ChatKind;
  /**
   * The platform's id for this message or press (e.g. Telegram update id). When present, what the
   * event writes is stored at most once, even if the platform delivers it again.
   */
  eventId?: string;
}

/** A file the person sent with a message (an export brought to /import). */
export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

/** A plain message: journal replies, wins, answers in a guided flow, "help". */
export interface TextEvent extends EventBase {
  kind: "text";
  text: string;
  file?: IncomingFile;
}

/** A command: `/checkin 08:30` arrives as `{ name: "checkin", args: "08:30" }`. */
export interface CommandEvent extends EventBase {
  kind: "command";
  /** Lower case, without the slash or a @botname suffix. */
  name: string;
  /** Everything after the name, trimmed; "" when none. */
  args: string;
  /** A file sent with the command (Telegram: a document captioned /import; Discord: an attachment). */
  file?: IncomingFile;
}

/** A button press: `actionId` is the id of a button the core sent earlier. */
export interface PressEvent extends EventBase {
  kind: "press";
  actionId: string;
}

/** The scheduler's heartbeat: time is an event too, so the core can be driven by a virtual clock. */
export interface TickEvent {
  kind: "tick";
  at: Date;
}

/** Everything an adapter or the scheduler can hand to `handleEvent`. */
export type IncomingEvent = TextEvent | CommandEvent | PressEvent | TickEvent;

/** Events that come from a person (all but ticks). */
export type UserEvent = TextEvent | CommandEvent | PressEvent;
