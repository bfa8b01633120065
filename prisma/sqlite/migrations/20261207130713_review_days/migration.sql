-- CreateTable
CREATE TABLE "ReviewDay" (
    "userId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "reviews" INTEGER NOT NULL,
    "matureReviews" INTEGER NOT NULL,
    "maturePassed" INTEGER NOT NULL,

    PRIMARY KEY ("userId", "day"),
    CONSTRAINT "ReviewDay_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
