-- DropIndex
DROP INDEX "Habit_userId_name_key";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "retentionDays" INTEGER;

-- AlterTable
ALTER TABLE "Habit" ADD COLUMN     "nameKey" TEXT;

-- CreateTable
CREATE TABLE "DataKey" (
    "id" TEXT NOT NULL,
    "check" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataKey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CheckIn_userId_status_sentAt_idx" ON "CheckIn"("userId", "status", "sentAt");

-- CreateIndex
CREATE UNIQUE INDEX "Habit_userId_nameKey_key" ON "Habit"("userId", "nameKey");

