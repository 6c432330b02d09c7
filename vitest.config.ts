import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/setup/guard-loopback.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Storage tests share one PostgreSQL database per file schema; files may run in parallel.
    pool: "forks",
  },
});
