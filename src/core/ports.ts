import type { UserRef } from "./events";
import type { PlanItem, PlanSection } from "./features/safety/safety-plan";
import type { CheckIn, CheckInPatch, CheckInSlot, ConversationState, JournalEntry, NewCheckIn, ProfilePatch, User, Win } from "./model";

/** Where "now" comes from: the system clock in production, a virtual one in tests and tools. */
export interface Clock {
  now(): Date;
}

/** Fields a log line may carry: kinds, ids and counts, never message text or names. */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  debug(fields: LogFields, message: string): void;
  info(fields: LogFields, message: string): void;
  warn(fields: LogFields, message: string): void;
  error(fields: LogFields, message: string): void;
}

export interface UserRepository {
  find(ref: UserRef): Promise<User | null>;
  /** Returns the existing user or creates one with defaults; safe under concurrent first messages. */
  findOrCreate(ref: UserRef): Promise<User>;
  update(userId: number, patch: ProfilePatch): Promise<User>;
}

export interface CheckInSlotRepository {
  list(userId: number): Promise<CheckInSlot[]>;
  /** Adds or replaces the slot at that local time. */
  upsert(userId: number, slot: Omit<CheckInSlot, "id" | "userId">): Promise<CheckInSlot>;
  remove(userId: number, localTime: string): Promise<boolean>;
  removeAll(userId: number): Promise<void>;
  setNextDue(slotId: number, nextDueAt: Date): Promise<void>;
}

/** The result of a write keyed by a platform event id: `created` is false on a redelivery. */
export interface Stored<T> {
  value: T;
  created: boolean;
}

export interface WinRepository {
  add(userId: number, text: string, at: Date, sourceEventId?: string): Promise<Stored<Win>>;
  /** Newest first. */
  list(userId: number, options: { since?: Date; limit: number }): Promise<Win[]>;
  count(userId: number): Promise<number>;
}

export interface JournalRepository {
  add(
    userId: number,
    entry: { text: string; at: Date; checkInId?: number | null; tags: string[]; sourceEventId?: string },
  ): Promise<Stored<JournalEntry>>;
  /** Newest first. */
  list(userId: number, options: { since?: Date; limit: number }): Promise<JournalEntry[]>;
}

export interface SafetyPlanRepository {
  /** Every item, in plan order (see comparePlanItems). */
  list(userId: number): Promise<PlanItem[]>;
  add(userId: number, section: PlanSection, text: string, contact: string | null): Promise<PlanItem>;
  update(userId: number, itemId: number, text: string, contact: string | null): Promise<PlanItem | null>;
  remove(userId: number, itemId: number): Promise<boolean>;
}

export interface ConversationRepository {
  get(userId: number): Promise<ConversationState | null>;
  set(userId: number, state: Omit<ConversationState, "updatedAt">): Promise<void>;
  clear(userId: number): Promise<void>;
}

/** A slot that is due, with its owner (so one query serves the whole sweep). */
export interface DueSlot {
  slot: CheckInSlot;
  user: User;
}

/** One slot to move on: from the due instant the caller saw to the next. */
export interface SlotClaim {
  slotId: number;
  seenDueAt: Date;
  nextDueAt: Date;
}

/** The check-in outbox: one row per (user, local date, slot), claimed before anything is sent. */
export interface CheckInRepository {
  /** Slots whose next due instant is at or before `at`, oldest first. */
  findDueSlots(at: Date, limit: number): Promise<DueSlot[]>;
  /**
   * Moves each slot from the due instant this caller saw to the next one, only where no other
   * process moved it first. Returns the ids this caller now owns. One call serves a whole tick.
   */
  claimSlots(claims: readonly SlotClaim[]): Promise<Set<number>>;
  /** Inserts outbox rows; a row whose idempotency key exists already is left out. Returns how many went in. */
  createMany(checkIns: readonly NewCheckIn[]): Promise<number>;
  /** Pending rows ready to send (next attempt due, not older than `notDueBefore`), claimed as "sending". */
  claimSendable(at: Date, notDueBefore: Date, limit: number): Promise<{ checkIn: CheckIn; user: User }[]>;
  /** Pending rows whose due instant is older than `before` become "missed"; returns how many. */
  expireStale(before: Date): Promise<number>;
  find(userId: number, checkInId: number): Promise<CheckIn | null>;
  update(userId: number, checkInId: number, patch: CheckInPatch): Promise<CheckIn | null>;
  /** The newest check-in that was sent to the person at or after `since`. */
  latestSent(userId: number, since: Date): Promise<CheckIn | null>;
  /** Prompt ids shown to each person since `since`, so a prompt does not come back too soon. */
  recentPromptIds(userIds: readonly number[], since: Date): Promise<Map<number, string[]>>;
}

/** Everything the core stores, behind interfaces it owns. */
export interface Repositories {
  users: UserRepository;
  slots: CheckInSlotRepository;
  wins: WinRepository;
  journal: JournalRepository;
  plans: SafetyPlanRepository;
  conversations: ConversationRepository;
  checkIns: CheckInRepository;
}
