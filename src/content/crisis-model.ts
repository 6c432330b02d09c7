import { z } from "zod";
import type { CrisisModel } from "../core/features/safety/crisis-phrase-set";
import model from "./crisis-model/model.json" with { type: "json" };

// Loads the statistical layer's weights, written by `npm run train:safety` (scripts/train-crisis-model.ts).

/** The committed model file: weights by feature name ("w:word", "b:two words", "c:<piece"). */
export const ZCrisisModelFile = z.strictObject({
  format: z.string().min(1),
  trainedOn: z.record(z.string(), z.number()).optional(),
  crossValidation: z.record(z.string(), z.unknown()).optional(),
  threshold: z.number().min(0).max(1.1),
  mentionThreshold: z.number().min(0).max(1).optional(),
  bias: z.number(),
  // A plain loop, not z.record: zod per key costs ~100 ms at start-up for 20,000 weights.
  weights: z.custom<Record<string, number>>(
    (value) => typeof value === "object" && value !== null && Object.values(value).every((weight) => typeof weight === "number" && Number.isFinite(weight)),
    { message: "weights must map feature names to finite numbers" },
  ),
});

export type CrisisModelFile = z.infer<typeof ZCrisisModelFile>;

/** Turns a model file into the CrisisModel the detector uses; throws when the file is malformed. */
export function compileCrisisModel(data: unknown): CrisisModel {
  const parsed = ZCrisisModelFile.safeParse(data);
  if (!parsed.success) throw new Error(`crisis model: does not match the schema: ${z.prettifyError(parsed.error)}`);
  const { weights, bias, threshold, mentionThreshold } = parsed.data;
  if (mentionThreshold !== undefined && mentionThreshold > threshold) throw new Error("crisis model: mentionThreshold must not be above threshold");
  return { weights: new Map(Object.entries(weights)), bias, threshold, ...(mentionThreshold === undefined ? {} : { mentionThreshold }) };
}

/** The bundled model file, unchecked. */
export const BUNDLED_CRISIS_MODEL: unknown = model;
