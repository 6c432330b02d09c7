import { kindError, reply, type HandlerContext } from "../../context";
import type { MoodChart } from "../../ports";
import type { Attachment, Reply } from "../../replies";
import { DAY_MS } from "../check-ins/local-date";
import { collectSummaryData, periodOf, type SummaryData } from "./collect-summary-data";
import { dateRange, dayMonth, shortDate } from "./local-days";
import { habitFigures, moodFigures } from "./summary-figures";
import { writeSummaryMarkdown } from "./write-summary-markdown";
import { writeSummaryText } from "./write-summary-text";
import { describeInstant, lastSessionAt } from "../sessions/session-schedule";

export const DEFAULT_SUMMARY_DAYS = 7;
export const MAX_SUMMARY_DAYS = 90;

/** The chart's data: the day's mood (average) per date, and the habit ticks beneath. */
export function chartOf(data: SummaryData): MoodChart {
  const { dates } = data.period;
  return {
    title: `Mood, ${dateRange(dates[0]!, dates[dates.length - 1]!)}`,
    // Short labels when there are many days: the chart shows at most ten of them anyway.
    days: data.days.map((day) => ({ date: day.date, label: dates.length <= 14 ? shortDate(day.date).slice(0, -4) : dayMonth(day.date), mood: day.mood })),
    habits: data.habits.map((habit) => ({ name: habit.name, ticked: data.days.map((day) => day.habitIds.has(habit.id)) })),
  };
}

/** What the chart shows, in words: for screen readers and platforms that show no images. */
export function chartAlt(data: SummaryData): string {
  const mood = moodFigures(data);
  const moodText = mood ? `average ${mood.average.toFixed(1)}, range ${mood.lowest} to ${mood.highest}` : "no moods noted";
  const habits = habitFigures(data).map((h) => `${h.name} ${h.text}`).join("; ");
  return `${chartOf(data).title}: ${moodText}.${habits ? ` Habits beneath: ${habits}.` : ""}`;
}

/** `/summary` reads from the last summary (if 1 to 90 days ago), else the last 7 days; `/summary 14` picks. */
function choosePeriod(ctx: HandlerContext, args: string, lastSession: Date | null) {
  if (args) {
    const days = /^(\d{1,4})(?:\s*d(?:ays?)?)?$/iu.exec(args.trim());
    const n = days ? Number(days[1]) : NaN;
    if (!Number.isInteger(n) || n < 1) return null;
    return periodOf(ctx.user, ctx.now, { days: Math.min(n, MAX_SUMMARY_DAYS) });
  }
  // Once sessions are known, a summary is "since my last session" (if within the 90 days).
  if (lastSession && ctx.now.getTime() - lastSession.getTime() <= MAX_SUMMARY_DAYS * DAY_MS) return periodOf(ctx.user, ctx.now, { since: lastSession });
  const last = ctx.user.lastSummaryAt;
  const age = last ? ctx.now.getTime() - last.getTime() : 0;
  if (last && age >= DAY_MS && age <= MAX_SUMMARY_DAYS * DAY_MS) return periodOf(ctx.user, ctx.now, { since: last });
  return periodOf(ctx.user, ctx.now, { days: DEFAULT_SUMMARY_DAYS });
}

async function renderChart(ctx: HandlerContext, data: SummaryData): Promise<Attachment | null> {
  if (!ctx.deps.charts) return null;
  try {
    const bytes = await ctx.deps.charts.renderMoodChart(chartOf(data));
    return { name: `mood-${data.period.dates[data.period.dates.length - 1]}.png`, mimeType: "image/png", bytes, alt: chartAlt(data) };
  } catch (error) {
    // The summary still goes out, as text and a file: a chart is a nice-to-have.
    ctx.deps.logger.error({ event: "summary-chart", error: (error as Error).name }, "chart could not be drawn");
    return null;
  }
}

/** `/summary [days]`: the between-sessions report as text, a PNG chart and a Markdown file to share. */
export async function sendSummary(ctx: HandlerContext, args: string): Promise<Reply[]> {
  const lastSession = args ? null : await lastSessionAt(ctx.deps, ctx.user, ctx.now);
  const period = choosePeriod(ctx, args, lastSession);
  if (!period) return [kindError(`Say how many days to cover, like /summary 14 (up to ${MAX_SUMMARY_DAYS}), or just /summary.`)];
  const capped = args && Number(/^\d+/.exec(args.trim())?.[0]) > MAX_SUMMARY_DAYS ? ` (I cover up to ${MAX_SUMMARY_DAYS} days at a time.)` : "";
  const data = { ...(await collectSummaryData(ctx.deps, ctx.user, period)), ...(lastSession ? { sinceSession: lastSession } : {}) };
  const image = await renderChart(ctx, data);
  const today = period.dates[period.dates.length - 1]!;
  const file: Attachment = {
    name: `between-summary-${today}.md`,
    mimeType: "text/markdown",
    bytes: new TextEncoder().encode(writeSummaryMarkdown(data)),
    alt: "Your summary as a Markdown file, to read with your therapist.",
  };
  await ctx.deps.repos.users.update(ctx.user.id, { lastSummaryAt: ctx.now });
  const attached = image
    ? "The chart shows your mood each day, with habits beneath. The file has everything in full, to share if you want to."
    : "The file has everything in full, to share if you want to.";
  const since = lastSession ? `Since your last session (${describeInstant(lastSession, ctx.user.timeZone)}). ` : "";
  const leftOut = data.leftOut ? ` ${data.leftOut === 1 ? "One item is" : `${data.leftOut} items are`} left out, as you asked.` : "";
  return [reply(`${writeSummaryText(data)}\n\n${since}${attached}${leftOut}${capped}`, { ...(image ? { image } : {}), file })];
}
