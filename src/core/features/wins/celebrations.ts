/**
 * Warm, specific acknowledgements. `{win}` is the person's own words, quoted back when short.
 * Picked in rotation by the number of wins, so the same line never comes twice in a row.
 */
export const CELEBRATIONS: readonly string[] = [
  "That's a real win: {win}. Thank you for noticing it.",
  "Noted, and it matters: {win}. Small steps are how things change.",
  "{win}: that took something. I'm glad you wrote it down.",
  "Saved to your wins: {win}. Worth bringing to your next session, maybe?",
  "Look at that: {win}. Be as kind to yourself about this as you'd be to a friend.",
  "Win logged: {win}. Every one of these counts, however small it feels.",
  "{win}. That's worth celebrating, even quietly.",
];

const QUOTE_MAX_LENGTH = 80;

export function celebrate(winText: string, winCount: number): string {
  const firstLine = winText.split("\n")[0]!.trim();
  const quoted = firstLine.length <= QUOTE_MAX_LENGTH && firstLine === winText.trim() ? `"${firstLine}"` : "what you did";
  const line = CELEBRATIONS[winCount % CELEBRATIONS.length]!;
  const text = line.replace("{win}", quoted);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
