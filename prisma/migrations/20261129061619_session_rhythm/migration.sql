-- AlterTable
ALTER TABLE "User" ADD COLUMN "lastSafetyNudgeAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "pauseAskedAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "sessionPrepTime" TEXT;
ALTER TABLE "User" ADD COLUMN "unansweredSince" DATETIME;
ALTER TABLE "User" ADD COLUMN "vacationUntil" DATETIME;

-- CreateTable
CREATE TABLE "Appointment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "weekday" INTEGER,
    "localTime" TEXT NOT NULL,
    "nextStartsAt" DATETIME,
    "lastStartsAt" DATETIME,
    "nextPrepAt" DATETIME,
    "followUpFor" DATETIME,
    "nextFollowUpAt" DATETIME,
    "cancelledDates" TEXT NOT NULL DEFAULT '',
    "cancelledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sourceEventId" TEXT,
    CONSTRAINT "Appointment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SessionOmission" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "itemId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SessionOmission_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SessionPractice" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "sessionAt" DATETIME NOT NULL,
    "goalId" INTEGER NOT NULL,
    "goalNumber" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SessionPractice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Appointment_nextStartsAt_idx" ON "Appointment"("nextStartsAt");

-- CreateIndex
CREATE INDEX "Appointment_nextPrepAt_idx" ON "Appointment"("nextPrepAt");

-- CreateIndex
CREATE INDEX "Appointment_nextFollowUpAt_idx" ON "Appointment"("nextFollowUpAt");

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_userId_number_key" ON "Appointment"("userId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_userId_sourceEventId_key" ON "Appointment"("userId", "sourceEventId");

-- CreateIndex
CREATE UNIQUE INDEX "SessionOmission_userId_kind_itemId_key" ON "SessionOmission"("userId", "kind", "itemId");

-- CreateIndex
CREATE INDEX "SessionPractice_userId_sessionAt_idx" ON "SessionPractice"("userId", "sessionAt");

-- CreateIndex
CREATE UNIQUE INDEX "SessionPractice_userId_goalId_key" ON "SessionPractice"("userId", "goalId");

-- CreateIndex
CREATE INDEX "User_vacationUntil_idx" ON "User"("vacationUntil");

