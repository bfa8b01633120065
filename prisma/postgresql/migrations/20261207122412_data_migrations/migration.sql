-- CreateTable
CREATE TABLE "DataMigration" (
    "id" TEXT NOT NULL,
    "appliedAt" TIMESTAMP(3) NOT NULL,
    "changed" INTEGER NOT NULL,

    CONSTRAINT "DataMigration_pkey" PRIMARY KEY ("id")
);
