import { kindError, reply, type HandlerContext } from "../../context";
import type { Reply } from "../../replies";
import { countryName, parseCountry } from "./parse-country";
import { askSetting } from "./ask-setting";

export async function setCountry(ctx: HandlerContext, args: string): Promise<Reply[]> {
  if (!args) return askSetting(ctx, "country");
  const code = parseCountry(args);
  if (!code) {
    return [
      kindError(
        "I couldn't find that country. Try its English name (Germany) or its two-letter code (DE). Nothing was changed.",
      ),
    ];
  }
  await ctx.deps.repos.users.update(ctx.user.id, { country: code });
  const listed = ctx.deps.content.crisisLines.lookup(code) !== null;
  const name = countryName(code);
  return [
    reply(
      listed
        ? `Got it: ${name}. /safety will show you crisis lines for ${name}.`
        : `Got it: ${name}. I don't have local lines for ${name} listed yet, so /safety will point you to findahelpline.com and your emergency number.`,
    ),
  ];
}
