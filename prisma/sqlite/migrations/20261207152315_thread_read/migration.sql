-- CreateTable
CREATE TABLE "ThreadRead" (
    "userId" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "readAt" DATETIME NOT NULL,

    PRIMARY KEY ("userId", "assignmentId", "candidateId"),
    CONSTRAINT "ThreadRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ThreadRead_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
