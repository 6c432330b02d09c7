import type { UserRef } from "./events";
import type { PlanItem, PlanSection } from "./features/safety/safety-plan";
import type {
  CheckIn,
  CheckInPatch,
  CheckInSlot,
  ConversationState,
  Goal,
  Habit,
  HabitTick,
  JournalEntry,
  Mood,
  NewCheckIn,
  ProfilePatch,
  SessionNote,
  User,
  WeeklyMessage,
  WeeklyMessageKind,
  Win,
} from "./model";
import type { Appointment, AppointmentPatch, NewAppointment, OmittedKind, SessionPractice } from "./model";

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

/** What can change on a journal entry after it was written. */
export interface JournalEntryPatch {
  text?: string;
  tags?: string[];
  editedAt?: Date;
  starred?: boolean;
  starredAt?: Date | null;
}

export interface JournalRepository {
  /** Gives the entry the person's next number. */
  add(
    userId: number,
    entry: { text: string; at: Date; checkInId?: number | null; tags: string[]; sourceEventId?: string },
  ): Promise<Stored<JournalEntry>>;
  /** Newest first; `until` is exclusive. */
  list(userId: number, options: { since?: Date; until?: Date; limit: number }): Promise<JournalEntry[]>;
  find(userId: number, number: number): Promise<JournalEntry | null>;
  /** Entries containing every word, ignoring case in every script; newest first. */
  search(userId: number, words: readonly string[], limit: number): Promise<JournalEntry[]>;
  update(userId: number, number: number, patch: JournalEntryPatch): Promise<JournalEntry | null>;
  remove(userId: number, number: number): Promise<boolean>;
  /** Starred entries starred at or after `since`, oldest first. */
  starredSince(userId: number, since: Date): Promise<JournalEntry[]>;
  /** Just the tags and times of entries in [since, until), oldest first: what patterns need, without the text. */
  tagsBetween(userId: number, since: Date, until: Date): Promise<{ at: Date; tags: string[] }[]>;
}

export interface MoodRepository {
  /** A check-in's mood is kept once per check-in, a `/mood` once per platform event. */
  add(userId: number, mood: { value: number; at: Date; checkInId?: number | null; sourceEventId?: string }): Promise<Stored<Mood>>;
  /** Moods in [since, until), oldest first. */
  list(userId: number, since: Date, until: Date): Promise<Mood[]>;
  /** Removes the newest mood logged with /mood (not a check-in's answer); null when there is none. */
  removeLatestLogged(userId: number): Promise<Mood | null>;
}

export interface HabitRepository {
  /** In the order they were added; archived ones only when asked. */
  list(userId: number, options?: { includeArchived?: boolean }): Promise<Habit[]>;
  /** A name the person already has (even archived) returns that habit with `created: false`. */
  add(userId: number, habit: { name: string; starterKey: string | null; at: Date }): Promise<Stored<Habit>>;
  update(userId: number, habitId: number, patch: { name?: string; archivedAt?: Date | null }): Promise<Habit | null>;
  /** False when it was already ticked that local date (at most one a day). */
  tick(userId: number, habitId: number, localDate: string, at: Date): Promise<boolean>;
  /** False when there was no tick to undo. */
  untick(userId: number, habitId: number, localDate: string): Promise<boolean>;
  /** Ticks on local dates from `fromDate` to `toDate`, both included. */
  ticks(userId: number, fromDate: string, toDate: string): Promise<HabitTick[]>;
}

export interface GoalRepository {
  /** Gives the goal the person's next number; steps are numbered 1, 2, 3 in the order given. */
  add(userId: number, goal: { text: string; steps: readonly string[]; at: Date; sourceEventId?: string }): Promise<Stored<Goal>>;
  /** Open goals, and those done at or after `doneSince`, by number. */
  list(userId: number, options: { doneSince?: Date }): Promise<Goal[]>;
  find(userId: number, number: number): Promise<Goal | null>;
  addStep(userId: number, number: number, text: string): Promise<Goal | null>;
  setStepDone(userId: number, number: number, position: number, doneAt: Date | null): Promise<Goal | null>;
  setDone(userId: number, number: number, doneAt: Date | null): Promise<Goal | null>;
  remove(userId: number, number: number): Promise<boolean>;
}

export interface SessionNoteRepository {
  add(userId: number, text: string, at: Date, sourceEventId?: string): Promise<Stored<SessionNote>>;
  /** Oldest first. */
  list(userId: number, options: { since?: Date }): Promise<SessionNote[]>;
  remove(userId: number, number: number): Promise<boolean>;
}

/** A weekly message that is due, with its owner. */
export interface DueWeeklyMessage {
  message: WeeklyMessage;
  user: User;
}

export type WeeklySchedule = Pick<WeeklyMessage, "enabled" | "weekday" | "localTime" | "nextDueAt">;

export interface WeeklyMessageRepository {
  get(userId: number, kind: WeeklyMessageKind): Promise<WeeklyMessage | null>;
  /** Sets the schedule, creating it if needed. */
  upsert(userId: number, kind: WeeklyMessageKind, schedule: WeeklySchedule): Promise<WeeklyMessage>;
  /** Creates the schedule only if the person has none of that kind (so an opt-out stays an opt-out). */
  createIfAbsent(userId: number, kind: WeeklyMessageKind, schedule: WeeklySchedule): Promise<WeeklyMessage>;
  /** Enabled messages due at or before `at`, oldest first. */
  findDue(at: Date, limit: number): Promise<DueWeeklyMessage[]>;
  /** Moves each from the instant the caller saw to the next, only where no other process did; returns the ids won. */
  claim(claims: readonly { id: number; seenDueAt: Date; nextDueAt: Date }[]): Promise<Set<number>>;
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

/** Which due instant of an appointment a sweep looks at. */
export type AppointmentDue = "nextStartsAt" | "nextPrepAt" | "nextFollowUpAt";

/** Sessions, what the person leaves out of their summary, and the practice each session leaves. */
export interface AppointmentRepository {
  /** Gives the appointment the person's next number; a redelivered event returns the first. */
  add(userId: number, appointment: NewAppointment, sourceEventId?: string): Promise<Stored<Appointment>>;
  /** Every appointment not cancelled as a whole, by number (past one-offs included). */
  list(userId: number): Promise<Appointment[]>;
  find(userId: number, number: number): Promise<Appointment | null>;
  update(userId: number, appointmentId: number, patch: AppointmentPatch): Promise<Appointment | null>;
  /** Appointments (not cancelled) whose `field` is at or before `at`, oldest first, with their owner. */
  findDue(field: AppointmentDue, at: Date, limit: number): Promise<{ appointment: Appointment; user: User }[]>;
  /** Applies `patch` only if `field` still holds `seen` (no other process moved it first). */
  claim(appointmentId: number, field: AppointmentDue, seen: Date, patch: AppointmentPatch): Promise<boolean>;
  omit(userId: number, kind: OmittedKind, itemId: number): Promise<void>;
  /** False when it was not left out. */
  restore(userId: number, kind: OmittedKind, itemId: number): Promise<boolean>;
  omitted(userId: number): Promise<{ kind: OmittedKind; itemId: number }[]>;
  addPractice(userId: number, practice: SessionPractice): Promise<void>;
  /** The practice of the latest session before `before`, if one was set. */
  latestPractice(userId: number, before: Date): Promise<SessionPractice | null>;
  /** People whose vacation ended at or before `at` (vacationUntil is on the user row). */
  endedVacations(at: Date, limit: number): Promise<User[]>;
  /** Ends the vacation only if it still ends at `seenUntil`; true for the one caller that did. */
  claimVacationEnd(userId: number, seenUntil: Date): Promise<boolean>;
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
  /** The person's latest check-ins delivered to them (status sent), newest first. */
  recentSent(userId: number, limit: number): Promise<CheckIn[]>;
  /** Per person, how many check-ins sent at or after `since` are still unanswered (one query for many people). */
  unansweredCounts(userIds: readonly number[], since: Date): Promise<Map<number, number>>;
  /** The newest check-in that was sent to the person at or after `since`. */
  latestSent(userId: number, since: Date): Promise<CheckIn | null>;
  /** Prompt ids shown to each person since `since`, so a prompt does not come back too soon. */
  recentPromptIds(userIds: readonly number[], since: Date): Promise<Map<number, string[]>>;
  /** Hours of sleep answered in check-ins for local dates from `fromDate` to `toDate` (both included). */
  sleepBetween(userId: number, fromDate: string, toDate: string): Promise<{ localDate: string; hours: number }[]>;
}

/** Everything the core stores, behind interfaces it owns. */
/** Erasing a person, whole or by age: /delete and retention. */
export interface ErasureRepository {
  /** Erases the person's row and every row hanging off it, and makes the database forget the bytes. */
  eraseUser(userId: number): Promise<void>;
  /** Erases entries (journal, wins, moods, check-ins, session notes, habit ticks, finished goals) from before `before`; returns how many rows. */
  eraseOlderThan(userId: number, before: Date): Promise<number>;
  /** People who asked for old entries to be erased, with their number of days. */
  withRetention(): Promise<{ userId: number; days: number }[]>;
}

export interface Repositories {
  users: UserRepository;
  slots: CheckInSlotRepository;
  wins: WinRepository;
  journal: JournalRepository;
  plans: SafetyPlanRepository;
  conversations: ConversationRepository;
  checkIns: CheckInRepository;
  moods: MoodRepository;
  habits: HabitRepository;
  goals: GoalRepository;
  notes: SessionNoteRepository;
  weekly: WeeklyMessageRepository;
  erasure: ErasureRepository;
  appointments: AppointmentRepository;
}

/** What the summary chart shows: one column per local date, mood above, habit ticks beneath. */
export interface MoodChart {
  /** e.g. "Mood, 3–9 March 2027". */
  title: string;
  days: { date: string; label: string; mood: number | null }[];
  /** One row per habit, one flag per day (same order as `days`). */
  habits: { name: string; ticked: boolean[] }[];
}

/** Draws the summary chart as a PNG. Implemented outside the core (it needs a native renderer). */
export interface ChartRenderer {
  renderMoodChart(chart: MoodChart): Promise<Uint8Array>;
}
