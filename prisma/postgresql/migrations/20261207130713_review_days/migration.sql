-- CreateTable
CREATE TABLE "ReviewDay" (
    "userId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "reviews" INTEGER NOT NULL,
    "matureReviews" INTEGER NOT NULL,
    "maturePassed" INTEGER NOT NULL,

    CONSTRAINT "ReviewDay_pkey" PRIMARY KEY ("userId","day")
);

-- AddForeignKey
ALTER TABLE "ReviewDay" ADD CONSTRAINT "ReviewDay_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
