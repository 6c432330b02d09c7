import type { Goal, Habit, HabitTick, JournalEntry, Mood, SessionNote, User, WeeklyMessage } from "../../src/core/model";
import type {
  GoalRepository,
  HabitRepository,
  JournalRepository,
  MoodRepository,
  SessionNoteRepository,
  Stored,
  WeeklyMessageRepository,
} from "../../src/core/ports";

type Owned<T> = T & { userId: number; sourceEventId?: string };

const nextNumberOf = (rows: readonly { userId: number; number: number }[], userId: number) =>
  Math.max(0, ...rows.filter((r) => r.userId === userId).map((r) => r.number)) + 1;

/** Journal, moods, habits, goals, session notes and weekly messages in memory, with the Prisma contracts. */
export function inMemoryFeatureRepositories(nextId: () => number, userById: (id: number) => User) {
  const journal: Owned<JournalEntry>[] = [];
  const moods: Owned<Mood>[] = [];
  const habits: Owned<Habit>[] = [];
  const ticks: (HabitTick & { userId: number; createdAt: Date })[] = [];
  const goals: Owned<Goal>[] = [];
  const notes: Owned<SessionNote>[] = [];
  const weekly: WeeklyMessage[] = [];
  const newest = <T extends { createdAt: Date; id: number }>(a: T, b: T) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id;
  const copy = <T>(value: T): T => structuredClone(value);
  const strip = <T extends { userId: number; sourceEventId?: string }>({ userId: _u, sourceEventId: _s, ...rest }: T) => copy(rest);

  const journalRepo: JournalRepository = {
    async add(userId, entry) {
      const existing = entry.sourceEventId && journal.find((j) => j.userId === userId && j.sourceEventId === entry.sourceEventId);
      if (existing) return { value: strip(existing), created: false };
      const row: Owned<JournalEntry> = {
        id: nextId(), userId, number: nextNumberOf(journal, userId), text: entry.text, createdAt: entry.at, editedAt: null,
        checkInId: entry.checkInId ?? null, starred: false, starredAt: null, tags: [...entry.tags],
        ...(entry.sourceEventId ? { sourceEventId: entry.sourceEventId } : {}),
      };
      journal.push(row);
      return { value: strip(row), created: true };
    },
    async list(userId, { since, until, limit }) {
      return journal
        .filter((j) => j.userId === userId && (!since || j.createdAt >= since) && (!until || j.createdAt < until))
        .sort(newest).slice(0, limit).map(strip);
    },
    async find(userId, number) {
      const row = journal.find((j) => j.userId === userId && j.number === number);
      return row ? strip(row) : null;
    },
    async search(userId, words, limit) {
      const has = (text: string) => words.every((w) => text.toLocaleLowerCase().includes(w.toLocaleLowerCase()));
      return journal.filter((j) => j.userId === userId && has(j.text)).sort(newest).slice(0, limit).map(strip);
    },
    async update(userId, number, patch) {
      const row = journal.find((j) => j.userId === userId && j.number === number);
      if (!row) return null;
      Object.assign(row, patch);
      return strip(row);
    },
    async remove(userId, number) {
      const index = journal.findIndex((j) => j.userId === userId && j.number === number);
      if (index >= 0) journal.splice(index, 1);
      return index >= 0;
    },
    async starredSince(userId, since) {
      return journal
        .filter((j) => j.userId === userId && j.starred && j.starredAt && j.starredAt >= since)
        .sort((a, b) => a.starredAt!.getTime() - b.starredAt!.getTime() || a.id - b.id).map(strip);
    },
    async tagsBetween(userId, since, until) {
      return journal
        .filter((j) => j.userId === userId && j.tags.length > 0 && j.createdAt >= since && j.createdAt < until)
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id)
        .map((j) => ({ at: j.createdAt, tags: [...j.tags] }));
    },
  };

  const moodRepo: MoodRepository = {
    async add(userId, mood) {
      const existing = moods.find(
        (m) => m.userId === userId && ((mood.checkInId != null && m.checkInId === mood.checkInId) || (mood.sourceEventId && m.sourceEventId === mood.sourceEventId)),
      );
      if (existing) return { value: strip(existing), created: false };
      const row: Owned<Mood> = { id: nextId(), userId, value: mood.value, at: mood.at, checkInId: mood.checkInId ?? null, ...(mood.sourceEventId ? { sourceEventId: mood.sourceEventId } : {}) };
      moods.push(row);
      return { value: strip(row), created: true };
    },
    async list(userId, since, until) {
      return moods
        .filter((m) => m.userId === userId && m.at >= since && m.at < until)
        .sort((a, b) => a.at.getTime() - b.at.getTime() || a.id - b.id).map(strip);
    },
    async removeLatestLogged(userId) {
      const logged = moods.filter((m) => m.userId === userId && m.checkInId === null).sort((a, b) => b.at.getTime() - a.at.getTime() || b.id - a.id);
      const latest = logged[0];
      if (!latest) return null;
      moods.splice(moods.indexOf(latest), 1);
      return strip(latest);
    },
  };

  const habitRepo: HabitRepository = {
    async list(userId, options = {}) {
      return habits.filter((h) => h.userId === userId && (options.includeArchived || !h.archivedAt)).map(strip);
    },
    async add(userId, habit): Promise<Stored<Habit>> {
      const existing = habits.find((h) => h.userId === userId && h.name === habit.name);
      if (existing) return { value: strip(existing), created: false };
      const row = { id: nextId(), userId, name: habit.name, starterKey: habit.starterKey, createdAt: habit.at, archivedAt: null };
      habits.push(row);
      return { value: strip(row), created: true };
    },
    async update(userId, habitId, patch) {
      const row = habits.find((h) => h.userId === userId && h.id === habitId);
      if (!row) return null;
      if (patch.name !== undefined && habits.some((h) => h.userId === userId && h.id !== habitId && h.name === patch.name)) {
        throw new Error("unique constraint: habit name");
      }
      Object.assign(row, patch);
      return strip(row);
    },
    async tick(userId, habitId, localDate, at) {
      if (ticks.some((t) => t.habitId === habitId && t.localDate === localDate)) return false;
      ticks.push({ userId, habitId, localDate, createdAt: at });
      return true;
    },
    async untick(userId, habitId, localDate) {
      const index = ticks.findIndex((t) => t.userId === userId && t.habitId === habitId && t.localDate === localDate);
      if (index >= 0) ticks.splice(index, 1);
      return index >= 0;
    },
    async ticks(userId, fromDate, toDate) {
      return ticks
        .filter((t) => t.userId === userId && t.localDate >= fromDate && t.localDate <= toDate)
        .sort((a, b) => a.localDate.localeCompare(b.localDate) || a.habitId - b.habitId)
        .map(({ habitId, localDate }) => ({ habitId, localDate }));
    },
  };

  const findGoal = (userId: number, number: number) => goals.find((g) => g.userId === userId && g.number === number);
  const goalRepo: GoalRepository = {
    async add(userId, goal) {
      const existing = goal.sourceEventId && goals.find((g) => g.userId === userId && g.sourceEventId === goal.sourceEventId);
      if (existing) return { value: strip(existing), created: false };
      const row: Owned<Goal> = {
        id: nextId(), userId, number: nextNumberOf(goals, userId), text: goal.text, createdAt: goal.at, doneAt: null,
        steps: goal.steps.map((text, index) => ({ position: index + 1, text, doneAt: null })),
        ...(goal.sourceEventId ? { sourceEventId: goal.sourceEventId } : {}),
      };
      goals.push(row);
      return { value: strip(row), created: true };
    },
    async list(userId, { doneSince }) {
      return goals
        .filter((g) => g.userId === userId && (!g.doneAt || (doneSince && g.doneAt >= doneSince)))
        .sort((a, b) => a.number - b.number).map(strip);
    },
    async find(userId, number) {
      const row = findGoal(userId, number);
      return row ? strip(row) : null;
    },
    async addStep(userId, number, text) {
      const row = findGoal(userId, number);
      if (!row) return null;
      row.steps.push({ position: Math.max(0, ...row.steps.map((s) => s.position)) + 1, text, doneAt: null });
      return strip(row);
    },
    async setStepDone(userId, number, position, doneAt) {
      const step = findGoal(userId, number)?.steps.find((s) => s.position === position);
      if (!step) return null;
      step.doneAt = doneAt;
      return strip(findGoal(userId, number)!);
    },
    async setDone(userId, number, doneAt) {
      const row = findGoal(userId, number);
      if (!row) return null;
      row.doneAt = doneAt;
      return strip(row);
    },
    async remove(userId, number) {
      const row = findGoal(userId, number);
      if (row) goals.splice(goals.indexOf(row), 1);
      return Boolean(row);
    },
  };

  const noteRepo: SessionNoteRepository = {
    async add(userId, text, at, sourceEventId) {
      const existing = sourceEventId && notes.find((n) => n.userId === userId && n.sourceEventId === sourceEventId);
      if (existing) return { value: strip(existing), created: false };
      const row = { id: nextId(), userId, number: nextNumberOf(notes, userId), text, createdAt: at, ...(sourceEventId ? { sourceEventId } : {}) };
      notes.push(row);
      return { value: strip(row), created: true };
    },
    async list(userId, { since }) {
      return notes.filter((n) => n.userId === userId && (!since || n.createdAt >= since)).sort((a, b) => -newest(a, b)).map(strip);
    },
    async remove(userId, number) {
      const index = notes.findIndex((n) => n.userId === userId && n.number === number);
      if (index >= 0) notes.splice(index, 1);
      return index >= 0;
    },
  };

  const weeklyRepo: WeeklyMessageRepository = {
    async get(userId, kind) {
      const row = weekly.find((w) => w.userId === userId && w.kind === kind);
      return row ? copy(row) : null;
    },
    async upsert(userId, kind, schedule) {
      const row = weekly.find((w) => w.userId === userId && w.kind === kind);
      if (row) return copy(Object.assign(row, schedule));
      const created = { id: nextId(), userId, kind, ...schedule };
      weekly.push(created);
      return copy(created);
    },
    async createIfAbsent(userId, kind, schedule) {
      return (await this.get(userId, kind)) ?? this.upsert(userId, kind, schedule);
    },
    async findDue(at, limit) {
      return weekly
        .filter((w) => w.enabled && w.nextDueAt <= at)
        .sort((a, b) => a.nextDueAt.getTime() - b.nextDueAt.getTime())
        .slice(0, limit)
        .map((message) => ({ message: copy(message), user: copy(userById(message.userId)) }));
    },
    async claim(claims) {
      const won = new Set<number>();
      for (const { id, seenDueAt, nextDueAt } of claims) {
        const row = weekly.find((w) => w.id === id);
        if (!row || row.nextDueAt.getTime() !== seenDueAt.getTime()) continue;
        row.nextDueAt = nextDueAt;
        won.add(id);
      }
      return won;
    },
  };

  return {
    all: { journal, moods, habits, ticks, goals, notes, weekly },
    journal: journalRepo,
    moods: moodRepo,
    habits: habitRepo,
    goals: goalRepo,
    notes: noteRepo,
    weekly: weeklyRepo,
  };
}
