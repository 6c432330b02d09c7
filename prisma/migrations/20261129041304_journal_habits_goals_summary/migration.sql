-- AlterTable
ALTER TABLE "Mood" ADD COLUMN "sourceEventId" TEXT;

-- CreateTable
CREATE TABLE "Habit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "starterKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "archivedAt" DATETIME,
    CONSTRAINT "Habit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HabitTick" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "habitId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "localDate" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "HabitTick_habitId_fkey" FOREIGN KEY ("habitId") REFERENCES "Habit" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "HabitTick_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" DATETIME,
    "sourceEventId" TEXT,
    CONSTRAINT "Goal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GoalStep" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "goalId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "doneAt" DATETIME,
    CONSTRAINT "GoalStep_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SessionNote" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sourceEventId" TEXT,
    CONSTRAINT "SessionNote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WeeklyMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "weekday" INTEGER NOT NULL,
    "localTime" TEXT NOT NULL,
    "nextDueAt" DATETIME NOT NULL,
    CONSTRAINT "WeeklyMessage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_JournalEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL DEFAULT 0,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" DATETIME,
    "checkInId" INTEGER,
    "starred" BOOLEAN NOT NULL DEFAULT false,
    "starredAt" DATETIME,
    "tags" TEXT NOT NULL DEFAULT '',
    "sourceEventId" TEXT,
    CONSTRAINT "JournalEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_JournalEntry" ("checkInId", "createdAt", "id", "sourceEventId", "starred", "tags", "text", "userId") SELECT "checkInId", "createdAt", "id", "sourceEventId", "starred", "tags", "text", "userId" FROM "JournalEntry";
DROP TABLE "JournalEntry";
ALTER TABLE "new_JournalEntry" RENAME TO "JournalEntry";
-- Backfill (hand-written): existing entries are numbered 1, 2, 3 per person in the order written.
UPDATE "JournalEntry" SET "number" = (
    SELECT COUNT(*) FROM "JournalEntry" AS "earlier"
    WHERE "earlier"."userId" = "JournalEntry"."userId" AND "earlier"."id" <= "JournalEntry"."id"
);
CREATE INDEX "JournalEntry_userId_createdAt_idx" ON "JournalEntry"("userId", "createdAt");
CREATE UNIQUE INDEX "JournalEntry_userId_sourceEventId_key" ON "JournalEntry"("userId", "sourceEventId");
CREATE UNIQUE INDEX "JournalEntry_userId_number_key" ON "JournalEntry"("userId", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Habit_userId_name_key" ON "Habit"("userId", "name");

-- CreateIndex
CREATE INDEX "HabitTick_userId_localDate_idx" ON "HabitTick"("userId", "localDate");

-- CreateIndex
CREATE UNIQUE INDEX "HabitTick_habitId_localDate_key" ON "HabitTick"("habitId", "localDate");

-- CreateIndex
CREATE UNIQUE INDEX "Goal_userId_number_key" ON "Goal"("userId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Goal_userId_sourceEventId_key" ON "Goal"("userId", "sourceEventId");

-- CreateIndex
CREATE UNIQUE INDEX "GoalStep_goalId_position_key" ON "GoalStep"("goalId", "position");

-- CreateIndex
CREATE INDEX "SessionNote_userId_createdAt_idx" ON "SessionNote"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SessionNote_userId_number_key" ON "SessionNote"("userId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "SessionNote_userId_sourceEventId_key" ON "SessionNote"("userId", "sourceEventId");

-- CreateIndex
CREATE INDEX "WeeklyMessage_enabled_nextDueAt_idx" ON "WeeklyMessage"("enabled", "nextDueAt");

-- CreateIndex
CREATE UNIQUE INDEX "WeeklyMessage_userId_kind_key" ON "WeeklyMessage"("userId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Mood_userId_checkInId_key" ON "Mood"("userId", "checkInId");

-- CreateIndex
CREATE UNIQUE INDEX "Mood_userId_sourceEventId_key" ON "Mood"("userId", "sourceEventId");

-- Backfill (hand-written): moods answered in check-ins join the one mood history.
INSERT INTO "Mood" ("userId", "value", "recordedAt", "checkInId")
SELECT "userId", "mood", COALESCE("answeredAt", "dueAt"), "id" FROM "CheckIn"
WHERE "mood" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "Mood" WHERE "Mood"."userId" = "CheckIn"."userId" AND "Mood"."checkInId" = "CheckIn"."id");
