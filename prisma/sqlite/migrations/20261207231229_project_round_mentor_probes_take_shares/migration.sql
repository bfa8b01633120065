-- CreateTable
CREATE TABLE "MentorProbe" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "rubric" JSONB NOT NULL,
    "redFlags" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MentorProbe_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TakeShare" (
    "userId" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "direction", "mentorId"),
    CONSTRAINT "TakeShare_userId_direction_fkey" FOREIGN KEY ("userId", "direction") REFERENCES "DirectionTake" ("userId", "direction") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TakeComment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "bodyHtml" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TakeComment_userId_direction_fkey" FOREIGN KEY ("userId", "direction") REFERENCES "DirectionTake" ("userId", "direction") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MockInterview" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "config" JSONB NOT NULL,
    "quizLimitSec" INTEGER NOT NULL DEFAULT 0,
    "quizStartedAt" DATETIME,
    "quizEndedAt" DATETIME,
    "projectId" TEXT,
    CONSTRAINT "MockInterview_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MockInterview_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_MockInterview" ("config", "createdAt", "finishedAt", "id", "quizEndedAt", "quizLimitSec", "quizStartedAt", "userId") SELECT "config", "createdAt", "finishedAt", "id", "quizEndedAt", "quizLimitSec", "quizStartedAt", "userId" FROM "MockInterview";
DROP TABLE "MockInterview";
ALTER TABLE "new_MockInterview" RENAME TO "MockInterview";
CREATE INDEX "MockInterview_userId_createdAt_idx" ON "MockInterview"("userId", "createdAt");
CREATE INDEX "MockInterview_projectId_idx" ON "MockInterview"("projectId");
CREATE TABLE "new_MockItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "mockId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "questionId" TEXT,
    "probeId" TEXT,
    "timeLimitSec" INTEGER NOT NULL,
    "startedAt" DATETIME,
    "answeredAt" DATETIME,
    "timeUsedSec" INTEGER,
    "answer" TEXT,
    "draft" TEXT,
    "draftVersion" INTEGER NOT NULL DEFAULT 0,
    "checkedPoints" JSONB,
    "keyPointCount" INTEGER NOT NULL,
    "pitfallHit" BOOLEAN,
    "gradedAt" DATETIME,
    CONSTRAINT "MockItem_mockId_fkey" FOREIGN KEY ("mockId") REFERENCES "MockInterview" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_MockItem" ("answer", "answeredAt", "checkedPoints", "draft", "draftVersion", "gradedAt", "id", "keyPointCount", "mockId", "pitfallHit", "position", "questionId", "startedAt", "timeLimitSec", "timeUsedSec") SELECT "answer", "answeredAt", "checkedPoints", "draft", "draftVersion", "gradedAt", "id", "keyPointCount", "mockId", "pitfallHit", "position", "questionId", "startedAt", "timeLimitSec", "timeUsedSec" FROM "MockItem";
DROP TABLE "MockItem";
ALTER TABLE "new_MockItem" RENAME TO "MockItem";
CREATE UNIQUE INDEX "MockItem_mockId_position_key" ON "MockItem"("mockId", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "MentorProbe_projectId_createdAt_idx" ON "MentorProbe"("projectId", "createdAt");

-- CreateIndex
CREATE INDEX "TakeShare_mentorId_idx" ON "TakeShare"("mentorId");

-- CreateIndex
CREATE INDEX "TakeComment_userId_direction_createdAt_idx" ON "TakeComment"("userId", "direction", "createdAt");
