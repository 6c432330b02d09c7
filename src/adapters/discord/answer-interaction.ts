import { MessageFlags } from "discord.js";
import type { Interaction } from "discord.js";
import type { UserEvent } from "../../core/events";
import type { Core } from "../../core/handle-event";
import type { Logger } from "../../core/ports";
import type { Outgoing, Reply } from "../../core/replies";
import { hashUserId } from "../../logging/create-logger";
import { errorFields, isClosedDmError } from "./delivery-outcome";
import { fromDiscordInteraction, type DiscordInteractionFacts } from "./from-discord-interaction";
import { InteractionResponder, type AnswerableInteraction } from "./interaction-responder";
import { journalModal, JOURNAL_INPUT_ID } from "./journal-modal";
import { sendReplies } from "./send-replies";

export interface InteractionDeps {
  core: Core;
  logger: Logger;
  deferAfterMs: number;
  /** Runs the core for an event: in order per person, and a safety request at once. */
  runForUser(event: UserEvent, work: () => Promise<Outgoing[]>): Promise<Outgoing[]>;
  /** Sends replies to the person's DM (opening it if needed); resolves with the DM channel's id. */
  sendDm(userId: string, replies: readonly Reply[]): Promise<string>;
}

/** Said (only to the person) in a server when the answer went to their DMs; the link opens that DM. */
export function inDmsNote(dmChannelId: string): string {
  return `I've answered in our direct messages, where we can talk privately: https://discord.com/channels/@me/${dmChannelId}`;
}

export const DMS_CLOSED_NOTE =
  "I couldn't send you a direct message, because your Discord settings don't allow messages from me. " +
  "Check-ins and journaling happen in DMs, so if you'd like them, allow direct messages from this server's members " +
  "(server name, then Privacy Settings) and try again. For now, here is my answer, visible only to you:";

const EXPIRED_NOTE = "That isn't available any more. /journal opens a new writing box.";
const SOMETHING_WENT_WRONG =
  "Sorry, something went wrong on my side and I couldn't finish that. Please try again in a moment. If you need support right now, use /safety.";

/** Kinds shown right where they were asked for in a server: safety never waits, errors hold nothing personal. */
const SHOWN_IN_PLACE: ReadonlySet<Reply["kind"]> = new Set(["safety", "error"]);

function factsOf(interaction: Interaction): (DiscordInteractionFacts & { interaction: AnswerableInteraction }) | null {
  const base = { id: interaction.id, userId: interaction.user.id, guildId: interaction.guildId };
  if (interaction.isChatInputCommand()) {
    const options = interaction.options.data.map((option) => ({ name: option.name, value: option.value }));
    return { ...base, kind: "command", commandName: interaction.commandName, options, interaction };
  }
  if (interaction.isButton()) return { ...base, kind: "button", customId: interaction.customId, interaction };
  if (interaction.isModalSubmit()) {
    const fields: Record<string, string> = {};
    const field = interaction.fields.fields.get(JOURNAL_INPUT_ID);
    if (field) fields[JOURNAL_INPUT_ID] = interaction.fields.getTextInputValue(JOURNAL_INPUT_ID);
    return { ...base, kind: "modal", customId: interaction.customId, fields, interaction };
  }
  return null; // autocomplete, select menus, context menus: the companion offers none
}

/**
 * In a server: safety (and kind error notes) answer right there, only to the person; everything
 * else is personal and goes to their DM, with a note pointing there. If their DMs are closed they
 * are told kindly, and the answer is shown to them alone instead, so nothing is lost.
 */
async function answerInServer(responder: InteractionResponder, userId: string, replies: readonly Reply[], deps: InteractionDeps): Promise<void> {
  await sendReplies(responder, replies.filter((r) => SHOWN_IN_PLACE.has(r.kind)), deps.logger);
  const personal = replies.filter((r) => !SHOWN_IN_PLACE.has(r.kind));
  if (personal.length === 0) return;
  try {
    const dmChannelId = await deps.sendDm(userId, personal);
    await sendReplies(responder, [{ kind: "reply", text: inDmsNote(dmChannelId) }], deps.logger);
  } catch (error) {
    if (!isClosedDmError(error)) throw error;
    deps.logger.info({ event: "discord-dm-closed", user: hashUserId(userId) }, "DMs closed; answering in place");
    await sendReplies(responder, [{ kind: "reply", text: DMS_CLOSED_NOTE }, ...personal], deps.logger);
  }
}

/** One slash command, button press or modal submission, answered within Discord's 3 seconds. */
export async function answerInteraction(interaction: Interaction, deps: InteractionDeps): Promise<void> {
  const facts = factsOf(interaction);
  if (!facts) return;
  const plan = fromDiscordInteraction(facts);
  const target = facts.interaction;
  deps.logger.debug({ event: "discord-interaction", kind: facts.kind, interaction: facts.id, user: hashUserId(facts.userId) }, "interaction");
  if (plan.action === "journal-modal" && !target.isModalSubmit()) {
    // A modal must be the first answer, so it is shown at once, before any work.
    await target.showModal(journalModal());
    return;
  }
  if (plan.action !== "event") {
    await target.reply({ content: EXPIRED_NOTE, flags: MessageFlags.Ephemeral });
    return;
  }
  const inServer = facts.guildId !== null;
  const responder = new InteractionResponder(target, inServer, deps.deferAfterMs, deps.logger);
  try {
    const outgoing = await deps.runForUser(plan.event, () => deps.core.handleEvent(plan.event));
    const replies = outgoing.map((message) => message.reply);
    if (inServer) await answerInServer(responder, facts.userId, replies, deps);
    else await sendReplies(responder, replies, deps.logger);
    await responder.finish();
  } catch (error) {
    deps.logger.error({ event: "discord-interaction", kind: facts.kind, interaction: facts.id, ...errorFields(error) }, "could not answer an interaction");
    if (!responder.answered) {
      await sendReplies(responder, [{ kind: "error", text: SOMETHING_WENT_WRONG }], deps.logger).catch(() => undefined);
    }
  } finally {
    responder.dispose();
  }
}
