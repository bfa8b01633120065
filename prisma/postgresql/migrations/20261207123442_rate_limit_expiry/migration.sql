-- AlterTable
ALTER TABLE "RateLimit" ADD COLUMN     "expiresAt" BIGINT NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "RateLimit_expiresAt_idx" ON "RateLimit"("expiresAt");
