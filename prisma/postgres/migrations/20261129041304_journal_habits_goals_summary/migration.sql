-- AlterTable
ALTER TABLE "JournalEntry" ADD COLUMN     "editedAt" TIMESTAMP(3),
ADD COLUMN     "number" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "starredAt" TIMESTAMP(3);

-- Backfill (hand-written): existing entries are numbered 1, 2, 3 per person in the order written.
UPDATE "JournalEntry" SET "number" = (
    SELECT COUNT(*) FROM "JournalEntry" AS "earlier"
    WHERE "earlier"."userId" = "JournalEntry"."userId" AND "earlier"."id" <= "JournalEntry"."id"
);

-- AlterTable
ALTER TABLE "Mood" ADD COLUMN     "sourceEventId" TEXT;

-- CreateTable
CREATE TABLE "Habit" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "starterKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "Habit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HabitTick" (
    "id" SERIAL NOT NULL,
    "habitId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "localDate" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HabitTick_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" TIMESTAMP(3),
    "sourceEventId" TEXT,

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoalStep" (
    "id" SERIAL NOT NULL,
    "goalId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "GoalStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionNote" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sourceEventId" TEXT,

    CONSTRAINT "SessionNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WeeklyMessage" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "weekday" INTEGER NOT NULL,
    "localTime" TEXT NOT NULL,
    "nextDueAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WeeklyMessage_pkey" PRIMARY KEY ("id")
);

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
CREATE UNIQUE INDEX "JournalEntry_userId_number_key" ON "JournalEntry"("userId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Mood_userId_checkInId_key" ON "Mood"("userId", "checkInId");

-- CreateIndex
CREATE UNIQUE INDEX "Mood_userId_sourceEventId_key" ON "Mood"("userId", "sourceEventId");

-- AddForeignKey
ALTER TABLE "Habit" ADD CONSTRAINT "Habit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HabitTick" ADD CONSTRAINT "HabitTick_habitId_fkey" FOREIGN KEY ("habitId") REFERENCES "Habit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HabitTick" ADD CONSTRAINT "HabitTick_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalStep" ADD CONSTRAINT "GoalStep_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionNote" ADD CONSTRAINT "SessionNote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WeeklyMessage" ADD CONSTRAINT "WeeklyMessage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill (hand-written): moods answered in check-ins join the one mood history.
INSERT INTO "Mood" ("userId", "value", "recordedAt", "checkInId")
SELECT "userId", "mood", COALESCE("answeredAt", "dueAt"), "id" FROM "CheckIn"
WHERE "mood" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "Mood" WHERE "Mood"."userId" = "CheckIn"."userId" AND "Mood"."checkInId" = "CheckIn"."id");
