import { isUniqueViolation } from "./prisma-db";

/** Two messages from one person landing at once can both pick the same next number: try again. */
const MAX_ATTEMPTS = 5;

/**
 * Creates a row that carries the person's next number (1, 2, 3 ...). The database refuses a
 * duplicate number; on that refusal the number is read again. A redelivered event (same
 * `sourceEventId`) is refused by its own unique index and then found by `existing`, so the
 * usual case (a new message) costs no lookup before the insert.
 */
export async function createNumbered<T>(options: {
  highest: () => Promise<number | null>;
  create: (number: number) => Promise<T>;
  existing: () => Promise<T | null>;
}): Promise<{ value: T; created: boolean }> {
  for (let attempt = 1; ; attempt++) {
    const number = ((await options.highest()) ?? 0) + 1;
    try {
      return { value: await options.create(number), created: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const found = await options.existing();
      if (found) return { value: found, created: false };
      if (attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
