-- AlterTable
ALTER TABLE "RateLimit" DROP COLUMN "windowStart",
ADD COLUMN     "windowStart" BIGINT NOT NULL;
