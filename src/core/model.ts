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
}

/** The profile fields a person can change. */
export type ProfilePatch = Partial<
  Pick<User, "onboardedAt" | "timeZone" | "country" | "language" | "paused" | "pausedUntil" | "inactive" | "moodScale" | "checkInSteps" | "skipDate" | "quietStart" | "quietEnd">
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
  text: string;
  createdAt: Date;
  checkInId: number | null;
  starred: boolean;
  tags: string[];
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
