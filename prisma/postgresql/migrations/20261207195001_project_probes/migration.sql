-- CreateTable
CREATE TABLE "ProjectProbe" (
    "projectId" TEXT NOT NULL,
    "probeId" TEXT NOT NULL,
    "state" JSONB NOT NULL,
    "due" TIMESTAMP(3) NOT NULL,
    "reps" INTEGER NOT NULL,
    "lastAnswer" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProjectProbe_pkey" PRIMARY KEY ("projectId","probeId")
);

-- CreateTable
CREATE TABLE "ProjectProbeLog" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "probeId" TEXT NOT NULL,
    "clientReviewId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "answer" TEXT NOT NULL,
    "checkedPoints" JSONB NOT NULL,
    "redFlagHit" BOOLEAN NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "reviewedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProjectProbeLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProjectProbe_projectId_due_idx" ON "ProjectProbe"("projectId", "due");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectProbeLog_clientReviewId_key" ON "ProjectProbeLog"("clientReviewId");

-- CreateIndex
CREATE INDEX "ProjectProbeLog_projectId_reviewedAt_idx" ON "ProjectProbeLog"("projectId", "reviewedAt");

-- AddForeignKey
ALTER TABLE "ProjectProbe" ADD CONSTRAINT "ProjectProbe_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectProbeLog" ADD CONSTRAINT "ProjectProbeLog_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
