import type { CoreDeps } from "../../deps";
import type { User } from "../../model";
import { EXPORT_FORMAT, EXPORT_VERSION, type PersonalData } from "./personal-data";

const ALL_TIME = { from: new Date(0), to: new Date(Date.UTC(9999, 0, 1)), firstDate: "0000-01-01", lastDate: "9999-12-31" };
const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

/** Everything kept about the person, opened, in the export's shape. */
export async function collectPersonalData(deps: CoreDeps, user: User, now: Date): Promise<PersonalData> {
  const { repos } = deps;
  const [slots, plan, journal, wins, moods, sleep, habits, ticks, goals, notes, sessions] = await Promise.all([
    repos.slots.list(user.id),
    repos.plans.list(user.id),
    repos.journal.list(user.id, { limit: Number.MAX_SAFE_INTEGER }),
    repos.wins.list(user.id, { limit: Number.MAX_SAFE_INTEGER }),
    repos.moods.list(user.id, ALL_TIME.from, ALL_TIME.to),
    repos.checkIns.sleepBetween(user.id, ALL_TIME.firstDate, ALL_TIME.lastDate),
    repos.habits.list(user.id, { includeArchived: true }),
    repos.habits.ticks(user.id, ALL_TIME.firstDate, ALL_TIME.lastDate),
    repos.goals.list(user.id, { doneSince: ALL_TIME.from }),
    repos.notes.list(user.id, {}),
    repos.appointments.list(user.id),
  ]);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: iso(now),
    platform: user.platform,
    profile: {
      createdAt: iso(user.createdAt),
      timeZone: user.timeZone,
      country: user.country,
      language: user.language,
      moodScale: user.moodScale,
      checkInSteps: user.checkInSteps,
      quietStart: user.quietStart,
      quietEnd: user.quietEnd,
      retentionDays: user.retentionDays,
      sessionPrepTime: user.sessionPrepTime,
    },
    checkInTimes: slots.map((slot) => ({ localTime: slot.localTime, weekdays: slot.weekdays })),
    safetyPlan: plan.map((item) => ({ section: item.section, position: item.position, text: item.text, contact: item.contact })),
    // Oldest first: the order they were written in.
    journal: [...journal].reverse().map((entry) => ({
      number: entry.number,
      text: entry.text,
      tags: entry.tags,
      createdAt: iso(entry.createdAt),
      editedAt: isoOrNull(entry.editedAt),
      starred: entry.starred,
    })),
    wins: [...wins].reverse().map((win) => ({ text: win.text, createdAt: iso(win.createdAt) })),
    moods: moods.map((mood) => ({ value: mood.value, at: iso(mood.at), fromCheckIn: mood.checkInId !== null })),
    sleep,
    habits: habits.map((habit) => ({
      name: habit.name,
      starterKey: habit.starterKey,
      createdAt: iso(habit.createdAt),
      archivedAt: isoOrNull(habit.archivedAt),
      ticks: ticks.filter((tick) => tick.habitId === habit.id).map((tick) => tick.localDate),
    })),
    goals: goals.map((goal) => ({
      number: goal.number,
      text: goal.text,
      createdAt: iso(goal.createdAt),
      doneAt: isoOrNull(goal.doneAt),
      steps: goal.steps.map((step) => ({ position: step.position, text: step.text, doneAt: isoOrNull(step.doneAt) })),
    })),
    sessionNotes: notes.map((note) => ({ number: note.number, text: note.text, createdAt: iso(note.createdAt) })),
    sessions: sessions.map((session) => ({
      number: session.number,
      startsAt: iso(session.startsAt),
      weekday: session.weekday,
      localTime: session.localTime,
      lastStartsAt: isoOrNull(session.lastStartsAt),
      cancelledDates: session.cancelledDates,
    })),
  };
}
