-- CreateTable
CREATE TABLE "ProjectProbe" (
    "projectId" TEXT NOT NULL,
    "probeId" TEXT NOT NULL,
    "state" JSONB NOT NULL,
    "due" DATETIME NOT NULL,
    "reps" INTEGER NOT NULL,
    "lastAnswer" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("projectId", "probeId"),
    CONSTRAINT "ProjectProbe_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProjectProbeLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "probeId" TEXT NOT NULL,
    "clientReviewId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "answer" TEXT NOT NULL,
    "checkedPoints" JSONB NOT NULL,
    "redFlagHit" BOOLEAN NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "reviewedAt" DATETIME NOT NULL,
    CONSTRAINT "ProjectProbeLog_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ProjectProbe_projectId_due_idx" ON "ProjectProbe"("projectId", "due");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectProbeLog_clientReviewId_key" ON "ProjectProbeLog"("clientReviewId");

-- CreateIndex
CREATE INDEX "ProjectProbeLog_projectId_reviewedAt_idx" ON "ProjectProbeLog"("projectId", "reviewedAt");
