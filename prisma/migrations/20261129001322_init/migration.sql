-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "platform" TEXT NOT NULL,
    "platformUserId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "onboardedAt" DATETIME,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "country" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "pausedUntil" DATETIME,
    "inactive" BOOLEAN NOT NULL DEFAULT false,
    "moodScale" TEXT NOT NULL DEFAULT 'ten',
    "checkInSteps" TEXT NOT NULL DEFAULT 'prompt,journal',
    "skipDate" TEXT,
    "quietStart" TEXT,
    "quietEnd" TEXT,
    "lastSummaryAt" DATETIME
);

-- CreateTable
CREATE TABLE "CheckInSlot" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "localTime" TEXT NOT NULL,
    "weekdays" TEXT NOT NULL DEFAULT '',
    "nextDueAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CheckInSlot_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "localDate" TEXT NOT NULL,
    "localTime" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME,
    "sentAt" DATETIME,
    "answeredAt" DATETIME,
    "mood" INTEGER,
    "sleepHours" REAL,
    "promptId" TEXT,
    CONSTRAINT "CheckIn_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JournalEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "checkInId" INTEGER,
    "starred" BOOLEAN NOT NULL DEFAULT false,
    "tags" TEXT NOT NULL DEFAULT '',
    "sourceEventId" TEXT,
    CONSTRAINT "JournalEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Win" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sourceEventId" TEXT,
    CONSTRAINT "Win_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Mood" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "value" INTEGER NOT NULL,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "checkInId" INTEGER,
    CONSTRAINT "Mood_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SafetyPlanItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "section" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "contact" TEXT,
    "position" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SafetyPlanItem_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Conversation" (
    "userId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "flow" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "data" TEXT NOT NULL DEFAULT '{}',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Conversation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "User_platform_platformUserId_key" ON "User"("platform", "platformUserId");

-- CreateIndex
CREATE INDEX "CheckInSlot_nextDueAt_idx" ON "CheckInSlot"("nextDueAt");

-- CreateIndex
CREATE UNIQUE INDEX "CheckInSlot_userId_localTime_key" ON "CheckInSlot"("userId", "localTime");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_idempotencyKey_key" ON "CheckIn"("idempotencyKey");

-- CreateIndex
CREATE INDEX "CheckIn_status_nextAttemptAt_idx" ON "CheckIn"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "CheckIn_userId_dueAt_idx" ON "CheckIn"("userId", "dueAt");

-- CreateIndex
CREATE INDEX "JournalEntry_userId_createdAt_idx" ON "JournalEntry"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "JournalEntry_userId_sourceEventId_key" ON "JournalEntry"("userId", "sourceEventId");

-- CreateIndex
CREATE INDEX "Win_userId_createdAt_idx" ON "Win"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Win_userId_sourceEventId_key" ON "Win"("userId", "sourceEventId");

-- CreateIndex
CREATE INDEX "Mood_userId_recordedAt_idx" ON "Mood"("userId", "recordedAt");

-- CreateIndex
CREATE INDEX "SafetyPlanItem_userId_section_position_idx" ON "SafetyPlanItem"("userId", "section", "position");

