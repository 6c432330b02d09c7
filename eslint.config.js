// Lint is here for one rule above all: the direction of dependencies (docs: design.md, convention 1).
import tseslint from "typescript-eslint";

const PLATFORM_AND_IO = [
  { group: ["grammy", "grammy/*", "@grammyjs/*"], message: "The core knows no platform: put this in src/adapters/telegram." },
  { group: ["discord.js", "discord.js/*", "@discordjs/*"], message: "The core knows no platform: put this in src/adapters/discord." },
  { group: ["node-cron"], message: "Time reaches the core as tick events: keep node-cron in src/scheduler." },
  { group: ["@prisma/*", "prisma", "*/generated/*", "better-sqlite3", "pg"], message: "The core talks to storage through the ports in src/core/ports.ts." },
  { group: ["dotenv", "pino"], message: "Config and logging come in through CoreDeps." },
  { group: ["node:*", "fs", "path", "http", "net", "child_process"], message: "The core does no I/O: pass what it needs through CoreDeps." },
  { group: ["**/adapters/**", "**/storage/**", "**/scheduler/**", "**/config/**", "**/content/**", "**/logging/**", "**/main"], message: "src/core imports only src/core and pure libraries." },
];

export default tseslint.config(
  { ignores: ["src/storage/generated/**", "node_modules/**", "data/**"] },
  {
    files: ["**/*.ts"],
    languageOptions: { parser: tseslint.parser },
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: PLATFORM_AND_IO }],
      "no-restricted-globals": ["error", { name: "process", message: "The core reads no environment: use CoreDeps." }],
    },
  },
  {
    files: ["src/adapters/telegram/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["**/adapters/discord/**", "**/adapters/console/**", "discord.js"], message: "Adapters never import each other." }] }] },
  },
  {
    files: ["src/adapters/discord/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["**/adapters/telegram/**", "**/adapters/console/**", "grammy"], message: "Adapters never import each other." }] }] },
  },
  {
    files: ["src/adapters/console/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["**/adapters/telegram/**", "**/adapters/discord/**", "grammy", "discord.js"], message: "Adapters never import each other." }] }] },
  },
);
