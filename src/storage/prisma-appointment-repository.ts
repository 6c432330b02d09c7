import type { Appointment, AppointmentPatch, NewAppointment, OmittedKind, SessionPractice, User } from "../core/model";
import type { AppointmentDue, AppointmentRepository, Stored } from "../core/ports";
import type { Appointment as AppointmentRow } from "./generated/sqlite/client";
import { createNumbered } from "./next-number";
import { isUniqueViolation, type Db } from "./prisma-db";
import { toUser } from "./prisma-user-repository";
import { forgetCachedUser } from "./user-row-cache";

// No column here holds what the person wrote: practice texts live in goals, notes and entries stay
// where they were written, and omissions point at them by id. So nothing here needs the field cipher.

function toAppointment(row: AppointmentRow): Appointment {
  return {
    id: row.id,
    number: row.number,
    startsAt: row.startsAt,
    weekday: row.weekday,
    localTime: row.localTime,
    nextStartsAt: row.nextStartsAt,
    lastStartsAt: row.lastStartsAt,
    nextPrepAt: row.nextPrepAt,
    followUpFor: row.followUpFor,
    nextFollowUpAt: row.nextFollowUpAt,
    cancelledDates: row.cancelledDates ? row.cancelledDates.split(",") : [],
    cancelledAt: row.cancelledAt,
    createdAt: row.createdAt,
  };
}

function toRow(patch: AppointmentPatch): Partial<AppointmentRow> {
  const { cancelledDates, ...rest } = patch;
  return cancelledDates ? { ...rest, cancelledDates: cancelledDates.join(",") } : rest;
}

const OMITTED_KINDS: readonly OmittedKind[] = ["journal", "note", "win"];

export class PrismaAppointmentRepository implements AppointmentRepository {
  constructor(private readonly db: Db) {}

  async add(userId: number, appointment: NewAppointment, sourceEventId?: string): Promise<Stored<Appointment>> {
    const stored = await createNumbered({
      existing: () =>
        sourceEventId ? this.db.appointment.findUnique({ where: { userId_sourceEventId: { userId, sourceEventId } } }) : Promise.resolve(null),
      highest: async () => (await this.db.appointment.aggregate({ where: { userId }, _max: { number: true } }))._max.number,
      create: (number) => this.db.appointment.create({ data: { userId, number, ...appointment, sourceEventId: sourceEventId ?? null } }),
    });
    return { value: toAppointment(stored.value), created: stored.created };
  }

  async list(userId: number): Promise<Appointment[]> {
    const rows = await this.db.appointment.findMany({ where: { userId, cancelledAt: null }, orderBy: { number: "asc" } });
    return rows.map(toAppointment);
  }

  async find(userId: number, number: number): Promise<Appointment | null> {
    const row = await this.db.appointment.findFirst({ where: { userId, number, cancelledAt: null } });
    return row ? toAppointment(row) : null;
  }

  async update(userId: number, appointmentId: number, patch: AppointmentPatch): Promise<Appointment | null> {
    const { count } = await this.db.appointment.updateMany({ where: { id: appointmentId, userId }, data: toRow(patch) });
    if (!count) return null;
    return toAppointment((await this.db.appointment.findUnique({ where: { id: appointmentId } }))!);
  }

  async findDue(field: AppointmentDue, at: Date, limit: number): Promise<{ appointment: Appointment; user: User }[]> {
    const rows = await this.db.appointment.findMany({
      where: { cancelledAt: null, [field]: { lte: at } },
      orderBy: { [field]: "asc" },
      take: limit,
      include: { user: true },
    });
    return rows.map(({ user, ...row }) => ({ appointment: toAppointment(row), user: toUser(user) }));
  }

  async claim(appointmentId: number, field: AppointmentDue, seen: Date, patch: AppointmentPatch): Promise<boolean> {
    const { count } = await this.db.appointment.updateMany({ where: { id: appointmentId, [field]: seen }, data: toRow(patch) });
    return count > 0;
  }

  async omit(userId: number, kind: OmittedKind, itemId: number): Promise<void> {
    try {
      await this.db.sessionOmission.create({ data: { userId, kind, itemId } });
    } catch (error) {
      // Left out already (a second tap): nothing to do.
      if (!isUniqueViolation(error)) throw error;
    }
  }

  async restore(userId: number, kind: OmittedKind, itemId: number): Promise<boolean> {
    const { count } = await this.db.sessionOmission.deleteMany({ where: { userId, kind, itemId } });
    return count > 0;
  }

  async omitted(userId: number): Promise<{ kind: OmittedKind; itemId: number }[]> {
    const rows = await this.db.sessionOmission.findMany({ where: { userId }, orderBy: { id: "asc" }, select: { kind: true, itemId: true } });
    return rows.flatMap((row) => (OMITTED_KINDS.includes(row.kind as OmittedKind) ? [{ kind: row.kind as OmittedKind, itemId: row.itemId }] : []));
  }

  async addPractice(userId: number, practice: SessionPractice): Promise<void> {
    try {
      await this.db.sessionPractice.create({ data: { userId, ...practice } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }

  async latestPractice(userId: number, before: Date): Promise<SessionPractice | null> {
    return this.db.sessionPractice.findFirst({
      where: { userId, sessionAt: { lt: before } },
      orderBy: [{ sessionAt: "desc" }, { id: "desc" }],
      select: { sessionAt: true, goalId: true, goalNumber: true },
    });
  }

  async endedVacations(at: Date, limit: number): Promise<User[]> {
    const rows = await this.db.user.findMany({ where: { vacationUntil: { lte: at } }, orderBy: { vacationUntil: "asc" }, take: limit });
    return rows.map(toUser);
  }

  async claimVacationEnd(userId: number, seenUntil: Date): Promise<boolean> {
    const { count } = await this.db.user.updateMany({ where: { id: userId, vacationUntil: seenUntil }, data: { vacationUntil: null } });
    // The user row changed behind the user repository's back: its cache must read it again.
    if (count) forgetCachedUser(this.db, userId);
    return count > 0;
  }
}
