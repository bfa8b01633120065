-- CreateIndex
CREATE INDEX "CardState_userId_createdAt_idx" ON "CardState"("userId", "createdAt");
