-- AlterTable
ALTER TABLE "FormulaCard" ADD COLUMN "faces" JSONB;

-- AlterTable
ALTER TABLE "Question" ADD COLUMN "faces" JSONB;
