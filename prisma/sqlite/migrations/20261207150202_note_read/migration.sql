-- CreateTable
CREATE TABLE "NoteRead" (
    "userId" TEXT NOT NULL,
    "noteSlug" TEXT NOT NULL,
    "readAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "noteSlug"),
    CONSTRAINT "NoteRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
