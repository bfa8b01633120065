-- CreateTable
CREATE TABLE "Exercise" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "level" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "directions" JSONB NOT NULL,
    "topics" JSONB NOT NULL,
    "sources" JSONB NOT NULL,
    "questions" JSONB NOT NULL,
    "faces" JSONB NOT NULL,
    "starter" TEXT NOT NULL,
    "solution" TEXT NOT NULL,
    "tests" TEXT NOT NULL,
    "testNames" JSONB NOT NULL,
    "contentHash" TEXT NOT NULL,
    "retiredAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);
