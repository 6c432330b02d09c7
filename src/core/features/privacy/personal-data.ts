import { z } from "zod";

/**
 * The shape of `/export`'s JSON file, version 1: everything Between keeps about one person on one
 * platform, in plain words (it is opened before export). `/import` reads the same shape. Dates are
 * ISO 8601 instants in UTC; local dates are YYYY-MM-DD in the person's time zone. New fields may
 * be added to version 1 (readers ignore what they do not know); a change of meaning needs version 2.
 */
export const EXPORT_FORMAT = "between-export";
export const EXPORT_VERSION = 1;

const ZInstant = z.iso.datetime();
const ZLocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const ZLocalTime = z.string().regex(/^\d{2}:\d{2}$/);
const ZText = z.string().max(20_000);

export const ZPersonalData = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: ZInstant,
  platform: z.string(),
  profile: z.object({
    createdAt: ZInstant,
    timeZone: z.string().max(64),
    country: z.string().length(2).nullable(),
    language: z.string().max(8),
    moodScale: z.enum(["ten", "faces"]),
    checkInSteps: z.array(z.string().max(32)).max(10),
    quietStart: ZLocalTime.nullable(),
    quietEnd: ZLocalTime.nullable(),
    retentionDays: z.number().int().positive().nullable(),
    /** Added after the first exports: optional, so those still import. */
    sessionPrepTime: ZLocalTime.nullable().optional(),
  }),
  /** Daily check-in times: local time, ISO weekdays (empty = every day). */
  checkInTimes: z.array(z.object({ localTime: ZLocalTime, weekdays: z.array(z.number().int().min(1).max(7)) })).max(24),
  safetyPlan: z.array(z.object({ section: z.string(), position: z.number().int(), text: ZText, contact: ZText.nullable() })),
  journal: z.array(
    z.object({
      number: z.number().int(),
      text: ZText,
      tags: z.array(z.string()),
      createdAt: ZInstant,
      editedAt: ZInstant.nullable(),
      starred: z.boolean(),
    }),
  ),
  wins: z.array(z.object({ text: ZText, createdAt: ZInstant })),
  /** On the 1 to 10 scale, whatever scale the person answered on. */
  moods: z.array(z.object({ value: z.number().int().min(1).max(10), at: ZInstant, fromCheckIn: z.boolean() })),
  sleep: z.array(z.object({ localDate: ZLocalDate, hours: z.number().min(0).max(24) })),
  habits: z.array(
    z.object({ name: ZText, starterKey: z.string().nullable(), createdAt: ZInstant, archivedAt: ZInstant.nullable(), ticks: z.array(ZLocalDate) }),
  ),
  goals: z.array(
    z.object({
      number: z.number().int(),
      text: ZText,
      createdAt: ZInstant,
      doneAt: ZInstant.nullable(),
      steps: z.array(z.object({ position: z.number().int(), text: ZText, doneAt: ZInstant.nullable() })),
    }),
  ),
  sessionNotes: z.array(z.object({ number: z.number().int(), text: ZText, createdAt: ZInstant })),
  /** Therapy sessions: one-offs (weekday null) and weekly series. Optional for exports made before sessions existed. */
  sessions: z
    .array(
      z.object({
        number: z.number().int(),
        startsAt: ZInstant,
        weekday: z.number().int().min(1).max(7).nullable(),
        localTime: ZLocalTime,
        lastStartsAt: ZInstant.nullable(),
        cancelledDates: z.array(ZLocalDate),
      }),
    )
    .default([]),
});

export type PersonalData = z.infer<typeof ZPersonalData>;
