// `npm run db:migration -- <name>`: writes the SQL that takes the last migrated schema to the
// current prisma/schema.prisma, once per provider, and updates the snapshot it diffs from.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PRISMA_SCHEMAS, type Provider, derivePostgresSchema, readSqliteSchema } from "./prisma-schemas";

const SNAPSHOT = "prisma/migrations/schema.snapshot.prisma";
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <name_in_snake_case>");
  process.exit(2);
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const scratch = mkdtempSync(join(tmpdir(), "between-migration-"));
const current = readSqliteSchema();
const previous = existsSync(SNAPSHOT) ? readFileSync(SNAPSHOT, "utf8") : null;

function diff(provider: Provider): string {
  const toText = provider === "sqlite" ? current : derivePostgresSchema(current);
  const to = join(scratch, `${provider}-to.prisma`);
  writeFileSync(to, toText);
  const from = ["--from-empty"];
  if (previous) {
    const fromFile = join(scratch, `${provider}-from.prisma`);
    writeFileSync(fromFile, provider === "sqlite" ? previous : derivePostgresSchema(previous));
    from.splice(0, 1, "--from-schema-datamodel", fromFile);
  }
  const url = provider === "sqlite" ? "file:./data/companion.db" : process.env.POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
  const sql = execFileSync("npx", ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", to, "--script"], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: url },
  });
  // Tables go into the connection's search_path (tests give each run its own schema), not "public".
  return sql.replace(/-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS "public";\n\n/, "");
}

for (const provider of Object.keys(PRISMA_SCHEMAS) as Provider[]) {
  const sql = diff(provider);
  if (!/\S/.test(sql.replace(/^--.*$/gm, ""))) {
    console.log(`${provider}: no changes`);
    continue;
  }
  const dir = join(PRISMA_SCHEMAS[provider].migrations, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "migration.sql"), sql);
  console.log(`${provider}: wrote ${dir}/migration.sql`);
}
writeFileSync(SNAPSHOT, current);
