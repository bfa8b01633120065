-- CreateTable
CREATE TABLE "Probe" (
    "id" TEXT NOT NULL,
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
    "retiredAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Probe_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Probe_direction_idx" ON "Probe"("direction");
