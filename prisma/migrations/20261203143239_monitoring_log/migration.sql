-- AlterTable
ALTER TABLE "MonitoringAction" ADD COLUMN     "cadenceSince" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "retiredAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "MonitoringLog" (
    "id" SERIAL NOT NULL,
    "actionId" INTEGER NOT NULL,
    "doneOn" DATE NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "loggedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MonitoringLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MonitoringLog_actionId_doneOn_idx" ON "MonitoringLog"("actionId", "doneOn");

-- CreateIndex
CREATE INDEX "MonitoringAction_processId_idx" ON "MonitoringAction"("processId");

-- AddForeignKey
ALTER TABLE "MonitoringLog" ADD CONSTRAINT "MonitoringLog_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "MonitoringAction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringLog" ADD CONSTRAINT "MonitoringLog_loggedById_fkey" FOREIGN KEY ("loggedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The log is history, like readings: a mistaken entry is followed by a correct one, never edited.
CREATE TRIGGER "MonitoringLog_append_only" BEFORE UPDATE OR DELETE ON "MonitoringLog"
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

ALTER TABLE "MonitoringLog" ADD CONSTRAINT "monitoring_log_note_length" CHECK (char_length("note") <= 1000);
