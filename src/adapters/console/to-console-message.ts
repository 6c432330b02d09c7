import type { Attachment, Button, Outgoing, Reply } from "../../core/replies";

/** The flat list of a reply's buttons, in the order the terminal numbers them. */
export function flatButtons(reply: Reply): Button[] {
  return reply.buttons?.flat() ?? [];
}

/** A reply as the terminal shows it: the text, attachments by path, buttons as numbered choices. */
export function toTerminalText(reply: Reply, attachmentPaths: { image?: string; file?: string }): string {
  const parts = [reply.text];
  if (attachmentPaths.image) parts.push(`[image: ${attachmentPaths.image}]`);
  if (attachmentPaths.file) parts.push(`[file: ${attachmentPaths.file}]`);
  const buttons = flatButtons(reply);
  if (buttons.length) parts.push(buttons.map((button, index) => `  [${index + 1}] ${button.label}`).join("\n"));
  return parts.join("\n");
}

/** One JSON line of `--json` output for one bot message. */
export function toJsonLine(outgoing: Outgoing, attachmentPaths: { image?: string; file?: string }): string {
  const { reply } = outgoing;
  return JSON.stringify({
    user: outgoing.to.platformUserId,
    kind: reply.kind,
    text: reply.text,
    ...(reply.buttons ? { buttons: flatButtons(reply).map(({ id, label }) => ({ id, label })) } : {}),
    ...(attachmentPaths.image ? { image: attachmentPaths.image } : {}),
    ...(attachmentPaths.file ? { file: attachmentPaths.file } : {}),
  });
}

export type AttachmentWriter = (attachment: Attachment) => string;
