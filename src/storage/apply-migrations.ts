import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type Database from "better-sqlite3";
import type pg from "pg";

/**
 * Applies the committed migrations on start, in order, each once. The SQL files are the ones
 * `prisma migrate diff` wrote (scripts/make-migration.ts); applying them here keeps start-up fast
 * and free of the Prisma CLI. Several instances starting together are serialised by the database.
 */
const MIGRATIONS_DIR = {
  sqlite: fileURLToPath(new URL("../../prisma/migrations", import.meta.url)),
  postgresql: fileURLToPath(new URL("../../prisma/postgres/migrations", import.meta.url)),
};

const TABLE = "_between_migrations";
// Any fixed number: every instance of the companion takes the same advisory lock.
const PG_MIGRATION_LOCK = 727_001;

interface Migration {
  name: string;
  sql: string;
}

function readMigrations(dir: string): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(`${dir}/${name}/migration.sql`, "utf8") }));
}

export function applySqliteMigrations(db: Database.Database): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS "${TABLE}" (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`);
  const applied: string[] = [];
  const run = db.transaction((migration: Migration) => {
    const done = db.prepare(`SELECT 1 FROM "${TABLE}" WHERE name = ?`).get(migration.name);
    if (done) return;
    db.exec(migration.sql);
    db.prepare(`INSERT INTO "${TABLE}" (name, applied_at) VALUES (?, ?)`).run(migration.name, new Date().toISOString());
    applied.push(migration.name);
  });
  // IMMEDIATE takes the write lock first, so two processes cannot both decide a migration is new.
  for (const migration of readMigrations(MIGRATIONS_DIR.sqlite)) run.immediate(migration);
  return applied;
}

export async function applyPostgresMigrations(client: pg.Client): Promise<string[]> {
  const applied: string[] = [];
  await client.query("SELECT pg_advisory_lock($1)", [PG_MIGRATION_LOCK]);
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS "${TABLE}" (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)`);
    for (const migration of readMigrations(MIGRATIONS_DIR.postgresql)) {
      const done = await client.query(`SELECT 1 FROM "${TABLE}" WHERE name = $1`, [migration.name]);
      if (done.rowCount) continue;
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(`INSERT INTO "${TABLE}" (name, applied_at) VALUES ($1, now())`, [migration.name]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
      applied.push(migration.name);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PG_MIGRATION_LOCK]);
  }
  return applied;
}
