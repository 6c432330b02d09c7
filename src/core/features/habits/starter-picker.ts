import { kindError, reply, type HandlerContext } from "../../context";
import type { Reply } from "../../replies";
import { addHabit } from "./add-habit";
import { STARTER_HABITS, starterHabit } from "./starter-habits";

/** The starter set as buttons; ones the person already has are left out. */
export async function starterPicker(ctx: HandlerContext, intro: string): Promise<Reply[]> {
  const mine = new Set((await ctx.deps.repos.habits.list(ctx.user.id)).map((habit) => habit.starterKey));
  const offered = STARTER_HABITS.filter((starter) => !mine.has(starter.key));
  if (offered.length === 0) return [reply("You already have every habit from the starter set. /habit add <name> adds one of your own.")];
  const buttons = offered.map((starter) => ({ id: `habit.starter:${starter.key}`, label: starter.label }));
  const rows = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  return [reply(intro, { kind: "prompt", buttons: rows })];
}

/** A starter button: adds that practice under its short name. */
export async function pickStarter(ctx: HandlerContext, key: string): Promise<Reply[]> {
  const starter = starterHabit(key);
  if (!starter) return [kindError("That button has expired. /habit starter shows the starter set again.")];
  return addHabit(ctx, starter.name, starter.key);
}
