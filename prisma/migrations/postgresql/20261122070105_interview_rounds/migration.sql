-- CreateTable
CREATE TABLE "InterviewRound" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "seed" INTEGER NOT NULL,
    "weighted" BOOLEAN NOT NULL DEFAULT true,
    "topics" TEXT NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL DEFAULT 'active',
    "questions" TEXT NOT NULL,
    "answers" TEXT NOT NULL DEFAULT '[]',
    "currentIndex" INTEGER NOT NULL DEFAULT 0,
    "score" DOUBLE PRECISION,
    "version" INTEGER NOT NULL DEFAULT 0,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InterviewRound_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InterviewRound_userId_startedAt_idx" ON "InterviewRound"("userId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "InterviewRound_userId_id_key" ON "InterviewRound"("userId", "id");

-- AddForeignKey
ALTER TABLE "InterviewRound" ADD CONSTRAINT "InterviewRound_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
