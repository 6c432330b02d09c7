import type { Platform } from "./events";

/** The person as the core knows them. Storage maps rows to this shape. */
export interface User {
  id: number;
  platform: Platform;
  platformUserId: string;
  createdAt: Date;
  /** Set once the person has seen the /start introduction. */
  onboardedAt: Date | null;
  /** IANA name or a fixed offset such as `UTC+05:30`. */
  timeZone: string;
  /** ISO 3166-1 alpha-2, upper case; null until the person tells us. */
  country: string | null;
  language: string;
  paused: boolean;
  pausedUntil: Date | null;
  inactive: boolean;
  moodScale: "ten" | "faces";
  /** Optional check-in steps switched on, from CHECK_IN_STEPS. */
  checkInSteps: string[];
  /** Local date (YYYY-MM-DD) on which the person said "skip today". */
  skipDate: string | null;
  /** Quiet hours (HH:MM, local): retries and snoozed check-ins wait until they end. */
  quietStart: string | null;
  quietEnd: string | null;
  /** When the person last asked for /summary: the next one starts there by default. */
  lastSummaryAt: Date | null;
  /** When set, entries older than this many days are erased (off by default). */
  retentionDays: number | null;
  /** On vacation until this instant (the start of the local date they are back): no check-ins or prep. */
  vacationUntil: Date | null;
  /** When the safety plan was last mentioned because sessions are far off and moods low. */
  lastSafetyNudgeAt: Date | null;
  /** When the person was asked whether to pause after unanswered check-ins; check-ins wait meanwhile. */
  pauseAskedAt: Date | null;
  /** Unanswered check-ins in a row are counted from here (set when the person answers that question). */
  unansweredSince: Date | null;
  /** Local `HH:MM` for the message the day before a session; null: the first check-in time. */
  sessionPrepTime: string | null;
}

/** The profile fields a person can change. */
export type ProfilePatch = Partial<
  Pick<
    User,
    "onboardedAt" | "timeZone" | "country" | "language" | "paused" | "pausedUntil" | "inactive" | "moodScale" | "checkInSteps" | "skipDate" | "quietStart" | "quietEnd" | "lastSummaryAt" | "retentionDays" | "vacationUntil" | "lastSafetyNudgeAt" | "pauseAskedAt" | "unansweredSince" | "sessionPrepTime"
  >
>;

export interface CheckInSlot {
  id: number;
  userId: number;
  /** `HH:MM` on the person's wall clock. */
  localTime: string;
  /** ISO weekdays (1 = Monday); empty means every day. */
  weekdays: number[];
  nextDueAt: Date;
}

export interface Win {
  id: number;
  text: string;
  createdAt: Date;
}

export interface JournalEntry {
  id: number;
  /** What the person sees and types (`/journal edit 3`): 1, 2, 3 per person, in the order written. */
  number: number;
  text: string;
  createdAt: Date;
  editedAt: Date | null;
  checkInId: number | null;
  starred: boolean;
  starredAt: Date | null;
  tags: string[];
}

/** One mood, always on the 1 to 10 scale: a check-in's answer or a `/mood`. */
export interface Mood {
  id: number;
  value: number;
  at: Date;
  /** The check-in it answered; null for `/mood`. */
  checkInId: number | null;
}

/** A practice the person keeps up. Archived habits keep their ticks but leave lists and check-ins. */
export interface Habit {
  id: number;
  name: string;
  /** The starter practice it came from (see starter-habits.ts), for plain phrasing. */
  starterKey: string | null;
  createdAt: Date;
  archivedAt: Date | null;
}

/** A habit done on one of the person's local dates (YYYY-MM-DD). */
export interface HabitTick {
  habitId: number;
  localDate: string;
}

export interface GoalStep {
  /** 1, 2, 3 within its goal. */
  position: number;
  text: string;
  doneAt: Date | null;
}

export interface Goal {
  id: number;
  /** What the person types (`/goal done 2`), per person. */
  number: number;
  text: string;
  createdAt: Date;
  doneAt: Date | null;
  /** In position order. */
  steps: GoalStep[];
}

/** Something to bring to the next session (`/tosession`). */
export interface SessionNote {
  id: number;
  number: number;
  text: string;
  createdAt: Date;
}

/** A therapy session: a one-off, or a weekly series on the person's wall clock. */
export interface Appointment {
  id: number;
  /** What the person types (`/session move 2`), per person. */
  number: number;
  /** A one-off's instant; a series' first occurrence. */
  startsAt: Date;
  /** ISO weekday (1 = Monday) of a weekly series; null for a one-off. */
  weekday: number | null;
  /** `HH:MM` on the person's wall clock. */
  localTime: string;
  /** The next occurrence still to come; null when there is none (past, or cancelled). */
  nextStartsAt: Date | null;
  /** The latest occurrence that has begun. */
  lastStartsAt: Date | null;
  /** When the day-before message for `nextStartsAt` is due; null once sent or not wanted. */
  nextPrepAt: Date | null;
  /** The occurrence a pending "how did it go?" is about, and when it is asked. */
  followUpFor: Date | null;
  nextFollowUpAt: Date | null;
  /** Local dates of a series' occurrences the person cancelled. */
  cancelledDates: string[];
  cancelledAt: Date | null;
  createdAt: Date;
}

export type NewAppointment = Pick<Appointment, "startsAt" | "weekday" | "localTime" | "nextStartsAt" | "nextPrepAt">;

export type AppointmentPatch = Partial<
  Pick<Appointment, "startsAt" | "weekday" | "localTime" | "nextStartsAt" | "lastStartsAt" | "nextPrepAt" | "followUpFor" | "nextFollowUpAt" | "cancelledDates" | "cancelledAt">
>;

/** What a person can leave out of a session summary, by the row's id. */
export type OmittedKind = "journal" | "note" | "win";

/** The one thing to practise after a session, as a link to the goal it became. */
export interface SessionPractice {
  sessionAt: Date;
  goalId: number;
  goalNumber: number;
}

export type WeeklyMessageKind = "goal-nudge" | "recap" | "plan-review";

/** A weekly message on the person's wall clock, with the next due instant in UTC. */
export interface WeeklyMessage {
  id: number;
  userId: number;
  kind: WeeklyMessageKind;
  enabled: boolean;
  /** ISO weekday, 1 (Mon) to 7 (Sun). */
  weekday: number;
  /** `HH:MM`. */
  localTime: string;
  nextDueAt: Date;
}

/** The guided flow a person is in, owned by one feature. */
export interface ConversationState {
  flow: string;
  step: string;
  data: Record<string, unknown>;
  updatedAt: Date;
}

/** Where a check-in is in its life: claimed rows move pending -> sending -> sent (or failed). */
export type CheckInStatus = "pending" | "sending" | "sent" | "failed" | "missed" | "skipped";

/** One scheduled check-in for one local date and slot, and what the person answered. */
export interface CheckIn {
  id: number;
  userId: number;
  idempotencyKey: string;
  localDate: string;
  localTime: string;
  dueAt: Date;
  status: CheckInStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  sentAt: Date | null;
  answeredAt: Date | null;
  /** 1 to 10, whatever scale the person answered on. */
  mood: number | null;
  sleepHours: number | null;
  promptId: string | null;
}

export type NewCheckIn = Pick<CheckIn, "userId" | "idempotencyKey" | "localDate" | "localTime" | "dueAt" | "status"> &
  Partial<Pick<CheckIn, "nextAttemptAt" | "promptId">>;

export type CheckInPatch = Partial<
  Pick<CheckIn, "status" | "attempts" | "nextAttemptAt" | "sentAt" | "answeredAt" | "mood" | "sleepHours" | "promptId" | "dueAt">
>;
