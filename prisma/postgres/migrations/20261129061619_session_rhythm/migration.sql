-- AlterTable
ALTER TABLE "User" ADD COLUMN     "lastSafetyNudgeAt" TIMESTAMP(3),
ADD COLUMN     "pauseAskedAt" TIMESTAMP(3),
ADD COLUMN     "sessionPrepTime" TEXT,
ADD COLUMN     "unansweredSince" TIMESTAMP(3),
ADD COLUMN     "vacationUntil" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Appointment" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "weekday" INTEGER,
    "localTime" TEXT NOT NULL,
    "nextStartsAt" TIMESTAMP(3),
    "lastStartsAt" TIMESTAMP(3),
    "nextPrepAt" TIMESTAMP(3),
    "followUpFor" TIMESTAMP(3),
    "nextFollowUpAt" TIMESTAMP(3),
    "cancelledDates" TEXT NOT NULL DEFAULT '',
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sourceEventId" TEXT,

    CONSTRAINT "Appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionOmission" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "itemId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionOmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionPractice" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "sessionAt" TIMESTAMP(3) NOT NULL,
    "goalId" INTEGER NOT NULL,
    "goalNumber" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionPractice_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionOmission" ADD CONSTRAINT "SessionOmission_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionPractice" ADD CONSTRAINT "SessionPractice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

