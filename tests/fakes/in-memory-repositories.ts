import type { UserRef } from "../../src/core/events";
import { comparePlanItems, type PlanItem, type PlanSection } from "../../src/core/features/safety/safety-plan";
import type { CheckIn, CheckInSlot, ConversationState, ProfilePatch, User, Win } from "../../src/core/model";
import type { Repositories, Stored } from "../../src/core/ports";
import { inMemoryAppointmentRepository } from "./in-memory-appointment-repository";
import { inMemoryFeatureRepositories } from "./in-memory-feature-repositories";

/** Repositories in memory, with the same contracts as the Prisma ones (tests/storage checks both). */
export function inMemoryRepositories() {
  let nextId = 1;
  const users: User[] = [];
  const slots: CheckInSlot[] = [];
  const wins: (Win & { userId: number; sourceEventId?: string })[] = [];
  const plan: (PlanItem & { userId: number })[] = [];
  const conversations = new Map<number, ConversationState>();
  const checkIns: CheckIn[] = [];
  const userById = (id: number) => users.find((u) => u.id === id)!;
  const newest = <T extends { createdAt: Date; id: number }>(a: T, b: T) =>
    b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id;
  const features = inMemoryFeatureRepositories(() => nextId++, userById);
  const sessions = inMemoryAppointmentRepository(() => nextId++, users);

  const repos: Repositories & { all: typeof features.all & typeof sessions.all & { users: User[]; wins: typeof wins; checkIns: CheckIn[] } } = {
    all: { users, wins, checkIns, ...features.all, ...sessions.all },
    appointments: sessions.repo,
    journal: features.journal,
    moods: features.moods,
    habits: features.habits,
    goals: features.goals,
    notes: features.notes,
    weekly: features.weekly,
    users: {
      async find(ref: UserRef) {
        return users.find((u) => u.platform === ref.platform && u.platformUserId === ref.platformUserId) ?? null;
      },
      async findOrCreate(ref: UserRef) {
        const found = await this.find(ref);
        if (found) return found;
        const user: User = {
          id: nextId++, ...ref, createdAt: new Date(), onboardedAt: null, timeZone: "UTC", country: null, language: "en",
          paused: false, pausedUntil: null, inactive: false, moodScale: "ten", checkInSteps: ["prompt", "journal"],
          skipDate: null, quietStart: null, quietEnd: null, lastSummaryAt: null, retentionDays: null,
          vacationUntil: null, lastSafetyNudgeAt: null, pauseAskedAt: null, unansweredSince: null, sessionPrepTime: null,
        };
        users.push(user);
        return user;
      },
      async update(userId: number, patch: ProfilePatch) {
        const user = users.find((u) => u.id === userId)!;
        Object.assign(user, patch);
        return { ...user };
      },
    },
    slots: {
      async list(userId) {
        return slots.filter((s) => s.userId === userId).sort((a, b) => a.localTime.localeCompare(b.localTime));
      },
      async upsert(userId, slot) {
        const existing = slots.find((s) => s.userId === userId && s.localTime === slot.localTime);
        if (existing) return Object.assign(existing, slot);
        const created = { id: nextId++, userId, ...slot };
        slots.push(created);
        return created;
      },
      async remove(userId, localTime) {
        const index = slots.findIndex((s) => s.userId === userId && s.localTime === localTime);
        if (index >= 0) slots.splice(index, 1);
        return index >= 0;
      },
      async removeAll(userId) {
        for (let i = slots.length - 1; i >= 0; i--) if (slots[i]!.userId === userId) slots.splice(i, 1);
      },
      async setNextDue(slotId, nextDueAt) {
        slots.find((s) => s.id === slotId)!.nextDueAt = nextDueAt;
      },
    },
    wins: {
      async add(userId, text, at, sourceEventId): Promise<Stored<Win>> {
        const existing = sourceEventId && wins.find((w) => w.userId === userId && w.sourceEventId === sourceEventId);
        if (existing) return { value: existing, created: false };
        const win = { id: nextId++, userId, text, createdAt: at, ...(sourceEventId ? { sourceEventId } : {}) };
        wins.push(win);
        return { value: win, created: true };
      },
      async list(userId, { since, limit }) {
        return wins.filter((w) => w.userId === userId && (!since || w.createdAt >= since)).sort(newest).slice(0, limit);
      },
      async count(userId) {
        return wins.filter((w) => w.userId === userId).length;
      },
    },
    plans: {
      async list(userId) {
        return plan.filter((p) => p.userId === userId).sort(comparePlanItems);
      },
      async add(userId, section: PlanSection, text, contact) {
        const position = Math.max(0, ...plan.filter((p) => p.userId === userId && p.section === section).map((p) => p.position)) + 1;
        const item = { id: nextId++, userId, section, text, contact, position };
        plan.push(item);
        return item;
      },
      async update(userId, itemId, text, contact) {
        const item = plan.find((p) => p.id === itemId && p.userId === userId);
        if (!item) return null;
        Object.assign(item, { text, contact });
        return item;
      },
      async remove(userId, itemId) {
        const index = plan.findIndex((p) => p.id === itemId && p.userId === userId);
        if (index >= 0) plan.splice(index, 1);
        return index >= 0;
      },
    },
    checkIns: {
      async findDueSlots(at, limit) {
        return slots
          .filter((s) => s.nextDueAt <= at)
          .sort((a, b) => a.nextDueAt.getTime() - b.nextDueAt.getTime())
          .slice(0, limit)
          .map((slot) => ({ slot: { ...slot }, user: { ...userById(slot.userId) } }));
      },
      async claimSlots(claims) {
        const owned = new Set<number>();
        for (const { slotId, seenDueAt, nextDueAt } of claims) {
          const slot = slots.find((s) => s.id === slotId);
          if (!slot || slot.nextDueAt.getTime() !== seenDueAt.getTime()) continue;
          slot.nextDueAt = nextDueAt;
          owned.add(slotId);
        }
        return owned;
      },
      async createMany(rows) {
        let created = 0;
        for (const checkIn of rows) {
          if (checkIns.some((c) => c.idempotencyKey === checkIn.idempotencyKey)) continue;
          checkIns.push({
            id: nextId++, attempts: 0, nextAttemptAt: null, sentAt: null, answeredAt: null, mood: null, sleepHours: null, promptId: null,
            ...checkIn,
          });
          created++;
        }
        return created;
      },
      async claimSendable(at, notDueBefore, limit) {
        return checkIns
          .filter((c) => c.status === "pending" && c.dueAt >= notDueBefore && c.dueAt <= at && (!c.nextAttemptAt || c.nextAttemptAt <= at))
          .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())
          .slice(0, limit)
          .map((c) => {
            Object.assign(c, { status: "sending", attempts: c.attempts + 1 });
            return { checkIn: { ...c }, user: { ...userById(c.userId) } };
          });
      },
      async expireStale(before) {
        const stale = checkIns.filter((c) => c.status === "pending" && c.dueAt < before);
        for (const c of stale) c.status = "missed";
        return stale.length;
      },
      async find(userId, id) {
        const row = checkIns.find((c) => c.id === id && c.userId === userId);
        return row ? { ...row } : null;
      },
      async update(userId, id, patch) {
        const row = checkIns.find((c) => c.id === id && c.userId === userId);
        if (!row) return null;
        Object.assign(row, patch);
        return { ...row };
      },
      async unansweredCounts(userIds, since) {
        const counts = new Map<number, number>();
        for (const c of checkIns) {
          if (!userIds.includes(c.userId) || c.status !== "sent" || c.answeredAt || !c.sentAt || c.sentAt < since) continue;
          counts.set(c.userId, (counts.get(c.userId) ?? 0) + 1);
        }
        return counts;
      },
      async recentSent(userId, limit) {
        return checkIns
          .filter((c) => c.userId === userId && c.status === "sent")
          .sort((a, b) => (b.sentAt?.getTime() ?? 0) - (a.sentAt?.getTime() ?? 0) || b.id - a.id)
          .slice(0, limit)
          .map((c) => ({ ...c }));
      },
      async latestSent(userId, since) {
        const sent = checkIns.filter((c) => c.userId === userId && c.status === "sent" && c.sentAt && c.sentAt >= since);
        return sent.sort((a, b) => b.sentAt!.getTime() - a.sentAt!.getTime() || b.id - a.id)[0] ?? null;
      },
      async sleepBetween(userId, fromDate, toDate) {
        return checkIns
          .filter((c) => c.userId === userId && c.sleepHours !== null && c.localDate >= fromDate && c.localDate <= toDate)
          .sort((a, b) => a.localDate.localeCompare(b.localDate) || a.id - b.id)
          .map((c) => ({ localDate: c.localDate, hours: c.sleepHours! }));
      },
      async recentPromptIds(userIds, since) {
        const byUser = new Map<number, string[]>();
        for (const c of checkIns) {
          if (!userIds.includes(c.userId) || !c.promptId || c.dueAt < since) continue;
          byUser.set(c.userId, [...(byUser.get(c.userId) ?? []), c.promptId]);
        }
        return byUser;
      },
    },
    erasure: {
      async eraseUser(userId) {
        const keep = <T extends { userId: number }>(rows: T[]) => rows.splice(0, rows.length, ...rows.filter((row) => row.userId !== userId));
        for (const rows of [slots, wins, plan, checkIns, ...Object.values(features.all), ...Object.values(sessions.all)] as { userId: number }[][]) keep(rows);
        conversations.delete(userId);
        users.splice(users.findIndex((u) => u.id === userId), 1);
      },
      async eraseOlderThan(userId, before) {
        const drop = <T extends { userId: number }>(rows: T[], old: (row: T) => boolean) => {
          const kept = rows.filter((row) => row.userId !== userId || !old(row));
          const erased = rows.length - kept.length;
          rows.splice(0, rows.length, ...kept);
          return erased;
        };
        const { journal, moods, notes, goals, ticks } = features.all;
        return (
          drop(journal, (e) => e.createdAt < before) + drop(wins, (w) => w.createdAt < before) + drop(moods, (m) => m.at < before) +
          drop(checkIns, (c) => c.dueAt < before) + drop(notes, (n) => n.createdAt < before) +
          drop(goals, (g) => g.doneAt !== null && g.doneAt < before) + drop(ticks, (t) => t.createdAt < before)
        );
      },
      async withRetention() {
        return users.filter((u) => u.retentionDays).map((u) => ({ userId: u.id, days: u.retentionDays! }));
      },
    },
    conversations: {
      async get(userId) {
        return conversations.get(userId) ?? null;
      },
      async set(userId, state) {
        conversations.set(userId, { ...state, updatedAt: new Date() });
      },
      async clear(userId) {
        conversations.delete(userId);
      },
    },
  };
  return repos;
}
