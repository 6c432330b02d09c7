import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openDatabase, type OpenDatabase } from "../../src/storage/open-database";
import { TEST_KEYS } from "./test-keys";

/** The PostgreSQL this machine runs for tests (trust auth, database `test`). */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

export interface TestDatabase {
  name: "sqlite" | "postgresql";
  open(): Promise<OpenDatabase & { location: string }>;
}

/** Each open() is a fresh, empty database: a temp SQLite file, or a new PostgreSQL schema. */
export const TEST_DATABASES: TestDatabase[] = [
  {
    name: "sqlite",
    async open() {
      const dir = mkdtempSync(join(tmpdir(), "between-test-"));
      const location = join(dir, "test.db");
      const database = await openDatabase(`file:${location}`, { keys: TEST_KEYS });
      return {
        ...database,
        location,
        close: async () => {
          await database.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: "postgresql",
    async open() {
      const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
      const database = await openDatabase(TEST_POSTGRES_URL, { schema, keys: TEST_KEYS });
      return {
        ...database,
        location: schema,
        close: async () => {
          await database.close();
          const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
          await client.connect();
          await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
          await client.end();
        },
      };
    },
  },
];
