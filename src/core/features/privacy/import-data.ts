import { kindError, reply, type HandlerContext } from "../../context";
import type { Reply } from "../../replies";
import { nextDueInstant, slotRule } from "../check-ins/next-due-instant";
import { isPlanSection } from "../safety/safety-plan";
import { importSessions } from "./import-sessions";
import { ZPersonalData, type PersonalData } from "./personal-data";

/** Larger than any export a person could write by hand over years, small enough to parse at once. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const HOW =
  "To bring your data from another Between, send the JSON file from its /export here with /import as the message (or caption). Nothing was imported.";

function parse(bytes: Uint8Array): { data: PersonalData } | { problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return { problem: "it isn't a JSON file" };
  }
  const result = ZPersonalData.safeParse(json);
  if (result.success) return { data: result.data };
  const issue = result.error.issues[0]!;
  return { problem: `at ${issue.path.join(".") || "the top"}: ${issue.message}` };
}

/**
 * `/import` with an export attached: adds what it holds to this person. Each entry carries a key
 * made from where it came from, so importing the same file twice stores nothing twice.
 */
export async function importData(ctx: HandlerContext): Promise<Reply[]> {
  const file = ctx.event.kind === "text" || ctx.event.kind === "command" ? ctx.event.file : undefined;
  if (!file) return [reply(HOW)];
  if (file.bytes.length > MAX_IMPORT_BYTES) return [kindError(`That file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, so it can't be a Between export. Nothing was imported.`)];
  const parsed = parse(file.bytes);
  if ("problem" in parsed) return [kindError(`I couldn't read that as a Between export (${parsed.problem}). Nothing was imported.`)];
  const { data } = parsed;
  const { repos } = ctx.deps;
  const userId = ctx.user.id;
  const at = (iso: string) => new Date(iso);
  let added = 0;
  const count = (stored: { created: boolean }) => (stored.created ? added++ : 0);

  const user = await repos.users.update(userId, {
    timeZone: data.profile.timeZone,
    country: data.profile.country,
    moodScale: data.profile.moodScale,
    checkInSteps: data.profile.checkInSteps,
    quietStart: data.profile.quietStart,
    quietEnd: data.profile.quietEnd,
    retentionDays: data.profile.retentionDays,
    ...(data.profile.sessionPrepTime !== undefined ? { sessionPrepTime: data.profile.sessionPrepTime } : {}),
  });
  for (const slot of data.checkInTimes) {
    const rule = slotRule(slot);
    if (rule) await repos.slots.upsert(userId, { ...slot, nextDueAt: nextDueInstant(rule, user.timeZone, ctx.now) });
  }
  const plan = await repos.plans.list(userId);
  for (const item of data.safetyPlan) {
    if (!isPlanSection(item.section) || plan.some((mine) => mine.section === item.section && mine.text === item.text)) continue;
    await repos.plans.add(userId, item.section, item.text, item.contact);
    added++;
  }
  for (const entry of data.journal) {
    const stored = await repos.journal.add(userId, { text: entry.text, at: at(entry.createdAt), tags: entry.tags, sourceEventId: `import:j:${entry.createdAt}:${entry.number}` });
    count(stored);
    if (stored.created && entry.starred) await repos.journal.update(userId, stored.value.number, { starred: true, starredAt: at(entry.createdAt) });
  }
  for (const win of data.wins) count(await repos.wins.add(userId, win.text, at(win.createdAt), `import:w:${win.createdAt}`));
  for (const mood of data.moods) count(await repos.moods.add(userId, { value: mood.value, at: at(mood.at), sourceEventId: `import:m:${mood.at}` }));
  for (const habit of data.habits) {
    const stored = await repos.habits.add(userId, { name: habit.name, starterKey: habit.starterKey, at: at(habit.createdAt) });
    count(stored);
    for (const day of habit.ticks) if (await repos.habits.tick(userId, stored.value.id, day, at(habit.createdAt))) added++;
    if (stored.created && habit.archivedAt) await repos.habits.update(userId, stored.value.id, { archivedAt: at(habit.archivedAt) });
  }
  for (const goal of data.goals) {
    const steps = [...goal.steps].sort((a, b) => a.position - b.position);
    const stored = await repos.goals.add(userId, { text: goal.text, steps: steps.map((s) => s.text), at: at(goal.createdAt), sourceEventId: `import:g:${goal.createdAt}:${goal.number}` });
    count(stored);
    if (!stored.created) continue;
    for (const [index, step] of steps.entries()) if (step.doneAt) await repos.goals.setStepDone(userId, stored.value.number, index + 1, at(step.doneAt));
    if (goal.doneAt) await repos.goals.setDone(userId, stored.value.number, at(goal.doneAt));
  }
  for (const note of data.sessionNotes) count(await repos.notes.add(userId, note.text, at(note.createdAt), `import:n:${note.createdAt}:${note.number}`));
  added += await importSessions(ctx, user, data.sessions);

  ctx.deps.logger.info({ event: "import", rows: added }, "a person imported an export");
  return [
    reply(
      added
        ? `Welcome back. I've brought in ${added} item${added === 1 ? "" : "s"} from your export (journal, wins, moods, habits, goals, notes and your safety plan), and your settings. /journal list and /safety show them.`
        : "Everything in that file is already here, so I've added nothing twice.",
    ),
  ];
}
