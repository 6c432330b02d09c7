import type { CrisisDirectory } from "./features/safety/crisis-directory";
import type { CrisisPhraseSet } from "./features/safety/crisis-phrase-set";
import type { ChartRenderer, Clock, Logger, Repositories } from "./ports";

/** Settings the core reads; main.ts fills them from the validated config. */
export interface CoreSettings {
  /** A check-in missed by more than this is marked missed instead of sent late. */
  catchUpWindowMinutes: number;
  /** How long storage may take before the safety response answers from bundled data. */
  safetyStorageTimeoutMs: number;
  /** Every this many weeks a person with a safety plan is asked whether it still fits; 0 switches it off. */
  planReviewWeeks: number;
  /** After this many check-ins in a row go unanswered, ask once whether to pause instead; 0 switches it off. */
  askToPauseAfter: number;
}

/** What the core needs from the outside world, passed in once by main.ts (or a test). */
export interface CoreDeps {
  repos: Repositories;
  clock: Clock;
  logger: Logger;
  content: {
    crisisLines: CrisisDirectory;
    crisisPhrases: CrisisPhraseSet;
  };
  settings: CoreSettings;
  /** Draws the /summary chart; without it a summary is sent as text and a file only. */
  charts?: ChartRenderer;
}

export const DEFAULT_CORE_SETTINGS: CoreSettings = {
  catchUpWindowMinutes: 120,
  safetyStorageTimeoutMs: 1500,
  planReviewWeeks: 4,
  askToPauseAfter: 5,
};
