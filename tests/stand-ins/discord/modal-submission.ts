import { ComponentType } from "discord-api-types/v10";
import type { APIModalSubmissionComponent, APIModalSubmitTextInputComponent } from "discord-api-types/v10";

interface ShownComponent {
  type: number;
  custom_id?: string;
  components?: ShownComponent[];
  component?: ShownComponent;
}

/**
 * Builds what Discord sends back for a modal the bot showed: the same layout (legacy action rows or
 * labels) with each text input's value. A field the modal does not have is a test mistake, so it throws.
 */
export function fillModal(shown: unknown, fields: Record<string, string>): APIModalSubmissionComponent[] {
  const unused = new Set(Object.keys(fields));
  const textInput = (input: ShownComponent): APIModalSubmitTextInputComponent => {
    const customId = input.custom_id ?? "";
    unused.delete(customId);
    return { type: ComponentType.TextInput, custom_id: customId, value: fields[customId] ?? "" };
  };
  const components = ((shown ?? []) as ShownComponent[]).flatMap((component): APIModalSubmissionComponent[] => {
    if (component.type === ComponentType.ActionRow) {
      const inputs = (component.components ?? []).filter((inner) => inner.type === ComponentType.TextInput);
      return [{ type: ComponentType.ActionRow, components: inputs.map(textInput) }];
    }
    if (component.type === ComponentType.Label && component.component?.type === ComponentType.TextInput) {
      return [{ type: ComponentType.Label, component: textInput(component.component) }];
    }
    if (component.type === ComponentType.TextDisplay) return [{ type: ComponentType.TextDisplay }];
    return []; // selects and file uploads in modals are not supported by this fake
  });
  if (unused.size > 0) throw new Error(`fake Discord: the modal has no text input named ${[...unused].join(", ")}`);
  return components;
}
