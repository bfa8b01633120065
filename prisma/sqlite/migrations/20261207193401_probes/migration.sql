-- CreateTable
CREATE TABLE "Probe" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "direction" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subtopic" TEXT,
    "topics" JSONB NOT NULL,
    "notes" JSONB NOT NULL,
    "faces" JSONB NOT NULL,
    "contentHash" TEXT NOT NULL,
    "retiredAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Probe_direction_idx" ON "Probe"("direction");
