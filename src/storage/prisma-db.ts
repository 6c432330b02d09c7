import { Prisma, type PrismaClient } from "./generated/sqlite/client";

/**
 * The Prisma client the repositories use. Both providers are generated from one schema, so their
 * model APIs are the same; the PostgreSQL client is typed as this one (see open-database.ts).
 */
export type Db = PrismaClient;

/** True when a write hit a unique constraint: the row is already there (a redelivered event). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
