import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import type { Repositories } from "../core/ports";
import { applyPostgresMigrations, applySqliteMigrations } from "./apply-migrations";
import { FieldCipher, type Keyring } from "./encryption/field-cipher";
import { checkKnownKeys, verifyDataKeys } from "./encryption/verify-data-keys";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaAppointmentRepository } from "./prisma-appointment-repository";
import { PrismaCheckInRepository } from "./prisma-check-in-repository";
import { PrismaCheckInSlotRepository } from "./prisma-check-in-slot-repository";
import { PrismaConversationRepository } from "./prisma-conversation-repository";
import type { Db } from "./prisma-db";
import { PrismaErasureRepository } from "./prisma-erasure-repository";
import { PrismaGoalRepository } from "./prisma-goal-repository";
import { PrismaHabitRepository } from "./prisma-habit-repository";
import { PrismaJournalRepository } from "./prisma-journal-repository";
import { PrismaMoodRepository } from "./prisma-mood-repository";
import { PrismaSafetyPlanRepository } from "./prisma-safety-plan-repository";
import { PrismaSessionNoteRepository } from "./prisma-session-note-repository";
import { PrismaUserRepository } from "./prisma-user-repository";
import { PrismaWeeklyMessageRepository } from "./prisma-weekly-message-repository";
import { PrismaWinRepository } from "./prisma-win-repository";
import { BackgroundCheckpoints } from "./sqlite/background-checkpoints";
import { SqliteDirect } from "./sqlite/direct-connection";
import { SqliteCheckInRepository } from "./sqlite/sqlite-check-in-repository";
import { SqliteConversationRepository } from "./sqlite/sqlite-conversation-repository";
import { SqliteJournalRepository } from "./sqlite/sqlite-journal-repository";
import { SqliteUserRepository } from "./sqlite/sqlite-user-repository";
import { SqliteSafetyPlanRepository } from "./sqlite/sqlite-safety-plan-repository";
import { SqliteWinRepository } from "./sqlite/sqlite-win-repository";

export type Provider = "sqlite" | "postgresql";

/** SQLite's own default: a commit checkpoints once the write-ahead log holds this many pages. */
const SQLITE_DEFAULT_AUTOCHECKPOINT = 1000;

export interface OpenDatabase {
  provider: Provider;
  db: Db;
  cipher: FieldCipher;
  repos: Repositories;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** The data keys: what a person writes is sealed with the current one (see src/storage/encryption/). */
  keys: Keyring;
  /** PostgreSQL only: the schema to use (tests give each run its own). Defaults to "public". */
  schema?: string;
  /** How long a connection attempt may take before start-up gives up with a clear error. */
  connectTimeoutMs?: number;
}

export function providerOf(url: string): Provider {
  return /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}

function sqlitePath(url: string): string {
  const path = url.replace(/^file:/, "");
  return path === ":memory:" ? path : resolve(path);
}

/** The embedded default keeps its key beside the database, in the data folder; PostgreSQL needs one configured. */
export function defaultKeyFile(url: string): string | null {
  if (providerOf(url) !== "sqlite") return null;
  const path = sqlitePath(url);
  return path === ":memory:" ? null : join(dirname(path), "encryption.key");
}

function openSqlite(url: string, keys: Keyring): Db {
  const path = sqlitePath(url);
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  // Migrate and set the file's lasting pragmas on a connection of our own, then hand over to Prisma.
  const raw = new BetterSqlite3(path, { timeout: 5000 });
  try {
    const hasKeys = raw.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'DataKey'`).get() !== undefined;
    // A wrong key stops here, before even a pending migration changes the file.
    if (hasKeys) checkKnownKeys(raw.prepare(`SELECT "id", "check" FROM "DataKey"`).all() as { id: string; check: string }[], new FieldCipher(keys));
    raw.pragma("journal_mode = WAL");
    applySqliteMigrations(raw);
  } finally {
    raw.close();
  }
  return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: `file:${path}`, timeout: 5000 }) });
}

async function openPostgres(url: string, options: OpenDatabaseOptions): Promise<Db> {
  const schema = options.schema ?? "public";
  const connectionTimeoutMillis = options.connectTimeoutMs ?? 5000;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema.replace(/"/g, "")}"`);
    await client.query(`SET search_path TO "${schema.replace(/"/g, "")}"`);
    const { rows: tables } = await client.query<{ found: string | null }>(`SELECT to_regclass('"DataKey"')::text AS found`);
    // A wrong key stops here, before even a pending migration changes the schema.
    if (tables[0]?.found) checkKnownKeys((await client.query<{ id: string; check: string }>(`SELECT "id", "check" FROM "DataKey"`)).rows, new FieldCipher(options.keys));
    await applyPostgresMigrations(client);
  } finally {
    await client.end();
  }
  const adapter = new PrismaPg({ connectionString: url, connectionTimeoutMillis }, { schema });
  // Same models, same API: the two generated clients differ only in their provider.
  return new PostgresClient({ adapter }) as unknown as Db;
}

/**
 * Prisma for every query, except on a SQLite file: there the message path (the conversation
 * lookup, the journal line, the win, the plan for /safety, the latest check-in) runs as prepared
 * statements on a connection of its own (src/storage/sqlite/README.md says why).
 */
function repositoriesFor(db: Db, cipher: FieldCipher, provider: Provider, direct: SqliteDirect | null): Repositories {
  return {
    users: direct ? new SqliteUserRepository(db, direct) : new PrismaUserRepository(db),
    slots: new PrismaCheckInSlotRepository(db),
    wins: direct ? new SqliteWinRepository(db, cipher, direct) : new PrismaWinRepository(db, cipher),
    journal: direct ? new SqliteJournalRepository(db, cipher, direct) : new PrismaJournalRepository(db, cipher),
    plans: direct ? new SqliteSafetyPlanRepository(db, cipher, direct) : new PrismaSafetyPlanRepository(db, cipher),
    conversations: direct ? new SqliteConversationRepository(db, cipher, direct) : new PrismaConversationRepository(db, cipher),
    checkIns: direct ? new SqliteCheckInRepository(db, direct) : new PrismaCheckInRepository(db),
    moods: new PrismaMoodRepository(db),
    habits: new PrismaHabitRepository(db, cipher),
    goals: new PrismaGoalRepository(db, cipher),
    notes: new PrismaSessionNoteRepository(db, cipher),
    weekly: new PrismaWeeklyMessageRepository(db),
    erasure: new PrismaErasureRepository(db, provider),
    appointments: new PrismaAppointmentRepository(db),
  };
}

/** SQLite's checkpoints move to a worker thread (sqlite/background-checkpoints.ts says why); if it fails, they come back. */
async function checkpointInBackground(path: string, db: Db, direct: SqliteDirect): Promise<BackgroundCheckpoints> {
  await db.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 0");
  direct.autoCheckpoint(0);
  return new BackgroundCheckpoints(path, () => {
    direct.autoCheckpoint(SQLITE_DEFAULT_AUTOCHECKPOINT);
    void db.$queryRawUnsafe(`PRAGMA wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT}`).catch(() => undefined);
  });
}

/** Opens (and migrates) the database named by the URL: a file: URL for SQLite, postgres:// for PostgreSQL. */
export async function openDatabase(url: string, options: OpenDatabaseOptions): Promise<OpenDatabase> {
  const provider = providerOf(url);
  const db = provider === "postgresql" ? await openPostgres(url, options) : openSqlite(url, options.keys);
  await db.$connect();
  if (provider === "sqlite") {
    // Per-connection settings: fewer fsyncs (safe with WAL), and the rows of a deleted user really go.
    await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
    await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
    // Deleted rows are overwritten, not just unlinked: /delete leaves nothing readable in the file.
    await db.$queryRawUnsafe("PRAGMA secure_delete = ON");
  }
  const cipher = new FieldCipher(options.keys);
  try {
    await verifyDataKeys(db, cipher);
  } catch (error) {
    await db.$disconnect();
    throw error;
  }
  // An in-memory database is private to its connection: there, everything goes through Prisma.
  const file = provider === "sqlite" && sqlitePath(url) !== ":memory:" ? sqlitePath(url) : null;
  const direct = file ? new SqliteDirect(file) : null;
  const checkpoints = file && direct ? await checkpointInBackground(file, db, direct) : null;
  return {
    provider,
    db,
    cipher,
    repos: repositoriesFor(db, cipher, provider, direct),
    async close() {
      await checkpoints?.stop();
      direct?.close();
      await db.$disconnect();
    },
  };
}
