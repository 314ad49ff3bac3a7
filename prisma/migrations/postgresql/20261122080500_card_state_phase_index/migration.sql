-- CreateIndex
CREATE INDEX "CardState_userId_state_due_cardId_idx" ON "CardState"("userId", "state", "due", "cardId");
