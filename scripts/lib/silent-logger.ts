import type { Logger } from "../../src/core/ports";

/** For benchmarks and tools: logging is not what they measure or show. */
export const SILENT_LOGGER: Logger = { debug() {}, info() {}, warn() {}, error() {} };
