import { MessageFlags } from "discord.js";
import type { ButtonInteraction, ChatInputCommandInteraction, ModalSubmitInteraction } from "discord.js";
import type { Logger } from "../../core/ports";
import { errorFields } from "./delivery-outcome";
import type { MessageSink } from "./send-replies";
import type { DiscordPayload } from "./to-discord-message";

export type AnswerableInteraction = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

/**
 * Answers one interaction with any number of messages. Discord needs an answer within 3 seconds:
 * if none is ready after `deferAfterMs`, it defers ("thinking...") and the first message then fills
 * that in; further messages are follow-ups. In a server every message is ephemeral.
 */
export class InteractionResponder implements MessageSink {
  private deferral: Promise<void> | null = null;
  private firstPlaced = false;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly interaction: AnswerableInteraction,
    private readonly ephemeral: boolean,
    deferAfterMs: number,
    private readonly logger: Logger,
  ) {
    this.timer = setTimeout(() => this.defer(), deferAfterMs);
  }

  /** True once something the person can see was sent. */
  get answered(): boolean {
    return this.firstPlaced;
  }

  async send(payload: DiscordPayload): Promise<void> {
    clearTimeout(this.timer);
    if (this.deferral) await this.deferral;
    const flags = this.ephemeral ? MessageFlags.Ephemeral : undefined;
    if (!this.interaction.replied && !this.interaction.deferred) {
      await this.interaction.reply({ ...payload, ...(flags ? { flags } : {}) });
    } else if (!this.firstPlaced) {
      // The deferred "thinking..." message becomes the first answer (it keeps its ephemerality).
      await this.interaction.editReply(payload);
    } else {
      await this.interaction.followUp({ ...payload, ...(flags ? { flags } : {}) });
    }
    this.firstPlaced = true;
  }

  /** Makes sure Discord got an answer even when there was nothing to say. */
  async finish(): Promise<void> {
    clearTimeout(this.timer);
    if (this.deferral) await this.deferral;
    if (this.firstPlaced || this.interaction.replied) return;
    if (this.interaction.deferred) await this.interaction.deleteReply();
    else if (this.interaction.isButton()) await this.interaction.deferUpdate();
    else await this.interaction.reply({ content: "Done.", flags: MessageFlags.Ephemeral });
  }

  /** Stops the deferral timer (on error paths, so nothing fires after the handler ended). */
  dispose(): void {
    clearTimeout(this.timer);
  }

  private defer(): void {
    if (this.interaction.replied || this.interaction.deferred || this.deferral) return;
    this.deferral = this.interaction
      .deferReply(this.ephemeral ? { flags: MessageFlags.Ephemeral } : {})
      .then(() => undefined)
      .catch((error: unknown) => {
        this.logger.warn({ event: "discord-defer", interaction: this.interaction.id, ...errorFields(error) }, "could not defer an interaction");
      });
  }
}
