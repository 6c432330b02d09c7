import { expect } from "vitest";

/** What a person might write: a made-up word, a name and a phone number, none of which may reach a log. */
export const SECRET = "Zephyrine-7781 my sister Hortensia +44 7700 900123";
/** Each part on its own, and the number as digits only, in case something reformats it. */
export const SECRET_PARTS = ["Zephyrine", "7781 my sister", "Hortensia", "7700 900123", "900123", "447700900123"];
/** A crisis phrase the detector knows, carrying the secret. */
export const CRISIS_WITH_SECRET = `I want to kill myself. ${SECRET}`;

export interface LogLine {
  level: number;
  time: number;
  msg: string;
  [field: string]: unknown;
}

/**
 * Every stderr line must be one pino JSON object (no stack traces, warnings or stray prints), and
 * none may contain any of `forbidden` (compared without case). Returns the parsed lines.
 */
export function expectPrivateJsonLogs(stderr: string, forbidden: readonly string[]): LogLine[] {
  const lines = stderr.split("\n").filter((line) => line.trim() !== "");
  const parsed = lines.map((line, index) => {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`stderr line ${index + 1} is not JSON: ${line.slice(0, 300)}`);
    }
    expect(value, `stderr line ${index + 1}`).toMatchObject({ level: expect.any(Number), time: expect.any(Number), msg: expect.any(String) });
    return value as LogLine;
  });
  for (const word of forbidden) {
    const leaking = lines.filter((line) => line.toLowerCase().includes(word.toLowerCase()));
    expect(leaking, `log lines containing "${word}"`).toEqual([]);
  }
  return parsed;
}
