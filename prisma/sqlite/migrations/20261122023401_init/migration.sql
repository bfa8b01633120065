-- CreateTable
CREATE TABLE "Topic" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "zh" TEXT NOT NULL,
    "en" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "retiredAt" DATETIME
);

-- CreateTable
CREATE TABLE "Direction" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "order" INTEGER NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "summaryZh" TEXT NOT NULL,
    "summaryEn" TEXT NOT NULL,
    "competition" INTEGER NOT NULL,
    "tags" JSONB NOT NULL,
    "body" TEXT NOT NULL,
    "sections" JSONB NOT NULL,
    "contentHash" TEXT NOT NULL,
    "retiredAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "level" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "homeDirection" TEXT NOT NULL,
    "seedRef" TEXT,
    "sources" JSONB NOT NULL,
    "stem" TEXT,
    "keyPoints" JSONB NOT NULL,
    "pitfall" TEXT NOT NULL,
    "followUps" JSONB NOT NULL,
    "detail" TEXT,
    "searchText" TEXT NOT NULL,
    "sourcePath" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "retiredAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "QuestionDirection" (
    "questionId" TEXT NOT NULL,
    "directionSlug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("questionId", "directionSlug"),
    CONSTRAINT "QuestionDirection_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuestionDirection_directionSlug_fkey" FOREIGN KEY ("directionSlug") REFERENCES "Direction" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuestionTopic" (
    "questionId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,

    PRIMARY KEY ("questionId", "topicId"),
    CONSTRAINT "QuestionTopic_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuestionTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Note" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "series" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "summaryZh" TEXT NOT NULL,
    "summaryEn" TEXT NOT NULL,
    "directions" JSONB NOT NULL,
    "topics" JSONB NOT NULL,
    "sources" JSONB NOT NULL,
    "seedRef" TEXT,
    "body" TEXT NOT NULL,
    "sourcePath" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "retiredAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "FormulaCard" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerKind" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "latex" TEXT NOT NULL,
    "caption" TEXT,
    "contentHash" TEXT NOT NULL,
    "retiredAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "TalkTrack" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "order" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "fieldZh" TEXT NOT NULL,
    "fieldEn" TEXT NOT NULL,
    "keywords" JSONB NOT NULL,
    "directions" JSONB NOT NULL,
    "tracks" JSONB NOT NULL,
    "fdeTracks" JSONB NOT NULL,
    "body" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "retiredAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Paper" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "date" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "short" TEXT,
    "authors" TEXT,
    "arxiv" TEXT,
    "url" TEXT,
    "contributionZh" TEXT NOT NULL,
    "contributionEn" TEXT NOT NULL,
    "lists" JSONB NOT NULL,
    "contentHash" TEXT NOT NULL,
    "retiredAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ReasoningModel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "vendor" TEXT NOT NULL,
    "released" TEXT NOT NULL,
    "trainingZh" TEXT NOT NULL,
    "trainingEn" TEXT NOT NULL,
    "controlZh" TEXT NOT NULL,
    "controlEn" TEXT NOT NULL,
    "opennessZh" TEXT NOT NULL,
    "opennessEn" TEXT NOT NULL,
    "papers" JSONB NOT NULL,
    "contentHash" TEXT NOT NULL,
    "retiredAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ContentState" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "corpusHash" TEXT NOT NULL,
    "ingestedAt" DATETIME NOT NULL,
    "counts" JSONB NOT NULL
);

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'candidate',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,
    CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" DATETIME,
    "refreshTokenExpiresAt" DATETIME,
    "scope" TEXT,
    "password" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL,
    "windowStart" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Question_level_idx" ON "Question"("level");

-- CreateIndex
CREATE INDEX "Question_homeDirection_idx" ON "Question"("homeDirection");

-- CreateIndex
CREATE INDEX "QuestionDirection_directionSlug_idx" ON "QuestionDirection"("directionSlug");

-- CreateIndex
CREATE INDEX "QuestionTopic_topicId_idx" ON "QuestionTopic"("topicId");

-- CreateIndex
CREATE INDEX "FormulaCard_ownerKind_ownerId_idx" ON "FormulaCard"("ownerKind", "ownerId");

-- CreateIndex
CREATE INDEX "Paper_arxiv_idx" ON "Paper"("arxiv");

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE INDEX "account_userId_idx" ON "account"("userId");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");
