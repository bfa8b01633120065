-- CreateTable
CREATE TABLE "DataMigration" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "appliedAt" DATETIME NOT NULL,
    "changed" INTEGER NOT NULL
);
