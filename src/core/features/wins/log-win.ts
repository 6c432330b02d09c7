import { kindError, type HandlerContext } from "../../context";
import type { Reply } from "../../replies";
import { isTooLong, MAX_MESSAGE_LENGTH } from "../../text/clean-input";
import { celebrate } from "./celebrations";

// "win: ...", "small win ...", "proud of myself for ..." in plain text.
const WIN_PATTERNS: readonly RegExp[] = [
  /^(?:small\s+|tiny\s+|little\s+|big\s+)?win\s*[:\-–—!]\s*([\s\S]+)$/i,
  /^(?:small|tiny|little)\s+win\s+([\s\S]+)$/i,
  /^(?:i'?m\s+|i\s+am\s+)?proud\s+of\s+myself\s+(?:for\s+|because\s+)?([\s\S]+)$/i,
];

/** The win text inside a plain message, or null when the message is not a win. */
export function matchWin(text: string): string | null {
  for (const pattern of WIN_PATTERNS) {
    const match = pattern.exec(text.trim());
    if (match?.[1]?.trim()) return match[1].trim();
  }
  return null;
}

export async function logWin(ctx: HandlerContext, winText: string): Promise<Reply[]> {
  const text = winText.trim();
  if (!text) return [kindError("What's the win? Write it after the command, like /win made my bed. Nothing was saved.")];
  if (isTooLong(text)) {
    return [
      kindError(
        `That's longer than I can keep in one piece (${MAX_MESSAGE_LENGTH.toLocaleString("en")} characters). Could you send it in shorter parts? Nothing was saved.`,
      ),
    ];
  }
  if (!/[\p{L}\p{N}]/u.test(text)) {
    // Emoji alone can't be read back in a summary: ask for a word or two.
    return [kindError("I'd love to log that. What was the win, in a few words? Like /win made my bed. Nothing was saved.")];
  }
  const eventId = ctx.event.eventId;
  await ctx.deps.repos.wins.add(ctx.user.id, text, ctx.now, eventId);
  const count = await ctx.deps.repos.wins.count(ctx.user.id);
  return [{ kind: "celebration", text: celebrate(text, count - 1) }];
}
