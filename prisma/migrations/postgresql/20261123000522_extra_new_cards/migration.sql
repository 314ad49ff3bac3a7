-- AlterTable
ALTER TABLE "UserSettings" ADD COLUMN     "extraNew" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "extraNewDay" TEXT;
