import type { CoreDeps } from "./deps";
import type { UserEvent } from "./events";
import type { User } from "./model";
import type { Reply } from "./replies";

/** What a feature handler gets: the person, what they sent, and the core's dependencies. */
export interface HandlerContext {
  deps: CoreDeps;
  user: User;
  event: UserEvent;
  now: Date;
}

/** Feature handlers answer with replies to the person who sent the event. */
export type Handler = (ctx: HandlerContext, args: string) => Promise<Reply[]>;

export function reply(text: string, extra: Partial<Reply> = {}): Reply {
  return { kind: "reply", text, ...extra };
}

export function kindError(text: string): Reply {
  return { kind: "error", text };
}
