-- CreateTable
CREATE TABLE "NoteRead" (
    "userId" TEXT NOT NULL,
    "noteSlug" TEXT NOT NULL,
    "readAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NoteRead_pkey" PRIMARY KEY ("userId","noteSlug")
);

-- AddForeignKey
ALTER TABLE "NoteRead" ADD CONSTRAINT "NoteRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
