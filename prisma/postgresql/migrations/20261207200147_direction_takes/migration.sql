-- CreateTable
CREATE TABLE "DirectionTake" (
    "userId" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "version" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DirectionTake_pkey" PRIMARY KEY ("userId","direction")
);

-- AddForeignKey
ALTER TABLE "DirectionTake" ADD CONSTRAINT "DirectionTake_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
