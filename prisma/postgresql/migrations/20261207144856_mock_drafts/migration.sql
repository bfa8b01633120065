-- AlterTable
ALTER TABLE "MockItem" ADD COLUMN     "draft" TEXT,
ADD COLUMN     "draftVersion" INTEGER NOT NULL DEFAULT 0;
