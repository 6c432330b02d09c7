import { kindError, reply, type HandlerContext } from "../../context";
import type { Reply } from "../../replies";
import { collectSummaryData, PATTERN_WINDOW_DAYS, periodOf } from "../summary/collect-summary-data";
import { MAX_SUMMARY_DAYS } from "../summary/send-summary";
import { describePattern, NO_PATTERNS, PATTERNS_CAVEAT } from "./find-patterns";

/** `/patterns [days]`: habits, #tags and sleep that went with higher or lower mood, stated plainly. */
export async function showPatterns(ctx: HandlerContext, args: string): Promise<Reply[]> {
  const days = args ? Number(/^(\d{1,3})(?:\s*d(?:ays?)?)?$/iu.exec(args.trim())?.[1]) : PATTERN_WINDOW_DAYS;
  if (!Number.isInteger(days) || days < 7 || days > MAX_SUMMARY_DAYS) {
    return [kindError(`Patterns need a few weeks: say a number of days from 7 to ${MAX_SUMMARY_DAYS}, like /patterns 60, or just /patterns.`)];
  }
  const data = await collectSummaryData(ctx.deps, ctx.user, periodOf(ctx.user, ctx.now, { days }));
  if (data.patterns.length === 0) return [reply(`Over the last ${data.patternDates.length} days: ${NO_PATTERNS}`)];
  return [reply([`Over the last ${data.patternDates.length} days:`, ...data.patterns.map((p) => `• ${describePattern(p)}`), "", PATTERNS_CAVEAT].join("\n"))];
}
