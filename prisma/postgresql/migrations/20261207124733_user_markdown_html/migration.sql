-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "noteHtml" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "AssignmentComment" ADD COLUMN     "bodyHtml" TEXT,
ADD COLUMN     "editedAt" TIMESTAMP(3);
