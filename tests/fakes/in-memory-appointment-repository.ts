import type { Appointment, OmittedKind, SessionPractice, User } from "../../src/core/model";
import type { AppointmentRepository } from "../../src/core/ports";

/** Appointments, omissions and practice links in memory, with the Prisma repository's contract. */
export function inMemoryAppointmentRepository(nextId: () => number, users: User[]) {
  const appointments: (Appointment & { userId: number; sourceEventId?: string })[] = [];
  const omissions: { userId: number; kind: OmittedKind; itemId: number }[] = [];
  const practices: (SessionPractice & { userId: number; id: number })[] = [];
  const copy = <T>(value: T): T => structuredClone(value);
  const strip = ({ userId: _u, sourceEventId: _s, ...rest }: Appointment & { userId: number; sourceEventId?: string }): Appointment => copy(rest);

  const repo: AppointmentRepository = {
    async add(userId, appointment, sourceEventId) {
      const existing = sourceEventId && appointments.find((a) => a.userId === userId && a.sourceEventId === sourceEventId);
      if (existing) return { value: strip(existing), created: false };
      const number = Math.max(0, ...appointments.filter((a) => a.userId === userId).map((a) => a.number)) + 1;
      const row = {
        id: nextId(), userId, number, ...appointment, lastStartsAt: null, followUpFor: null, nextFollowUpAt: null,
        cancelledDates: [], cancelledAt: null, createdAt: new Date(), ...(sourceEventId ? { sourceEventId } : {}),
      };
      appointments.push(row);
      return { value: strip(row), created: true };
    },
    async list(userId) {
      return appointments.filter((a) => a.userId === userId && !a.cancelledAt).sort((a, b) => a.number - b.number).map(strip);
    },
    async find(userId, number) {
      const row = appointments.find((a) => a.userId === userId && a.number === number && !a.cancelledAt);
      return row ? strip(row) : null;
    },
    async update(userId, id, patch) {
      const row = appointments.find((a) => a.userId === userId && a.id === id);
      if (!row) return null;
      Object.assign(row, copy(patch));
      return strip(row);
    },
    async findDue(field, at, limit) {
      return appointments
        .filter((a) => !a.cancelledAt && a[field] && a[field]! <= at)
        .sort((a, b) => a[field]!.getTime() - b[field]!.getTime())
        .slice(0, limit)
        .map((a) => ({ appointment: strip(a), user: copy(users.find((u) => u.id === a.userId)!) }));
    },
    async claim(id, field, seen, patch) {
      const row = appointments.find((a) => a.id === id);
      if (!row || row[field]?.getTime() !== seen.getTime()) return false;
      Object.assign(row, copy(patch));
      return true;
    },
    async omit(userId, kind, itemId) {
      if (!omissions.some((o) => o.userId === userId && o.kind === kind && o.itemId === itemId)) omissions.push({ userId, kind, itemId });
    },
    async restore(userId, kind, itemId) {
      const index = omissions.findIndex((o) => o.userId === userId && o.kind === kind && o.itemId === itemId);
      if (index >= 0) omissions.splice(index, 1);
      return index >= 0;
    },
    async omitted(userId) {
      return omissions.filter((o) => o.userId === userId).map(({ kind, itemId }) => ({ kind, itemId }));
    },
    async addPractice(userId, practice) {
      if (!practices.some((p) => p.userId === userId && p.goalId === practice.goalId)) practices.push({ id: nextId(), userId, ...practice });
    },
    async latestPractice(userId, before) {
      const found = practices
        .filter((p) => p.userId === userId && p.sessionAt < before)
        .sort((a, b) => b.sessionAt.getTime() - a.sessionAt.getTime() || b.id - a.id)[0];
      return found ? { sessionAt: found.sessionAt, goalId: found.goalId, goalNumber: found.goalNumber } : null;
    },
    async endedVacations(at, limit) {
      return users.filter((u) => u.vacationUntil && u.vacationUntil <= at).slice(0, limit).map(copy);
    },
    async claimVacationEnd(userId, seenUntil) {
      const user = users.find((u) => u.id === userId);
      if (!user?.vacationUntil || user.vacationUntil.getTime() !== seenUntil.getTime()) return false;
      user.vacationUntil = null;
      return true;
    },
  };
  return { repo, all: { appointments, omissions, practices } };
}
