-- Maturity gets a history: each assessment is a dated row, and a capability's current maturity
-- is its latest assessment's level, no longer a column of its own.

-- CreateTable
CREATE TABLE "MaturityAssessment" (
    "id" SERIAL NOT NULL,
    "capabilityId" INTEGER NOT NULL,
    "assessedOn" DATE NOT NULL,
    "level" INTEGER NOT NULL,
    "assessor" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "recordedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MaturityAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MaturityAssessment_capabilityId_assessedOn_idx" ON "MaturityAssessment"("capabilityId", "assessedOn");

-- AddForeignKey
ALTER TABLE "MaturityAssessment" ADD CONSTRAINT "MaturityAssessment_capabilityId_fkey" FOREIGN KEY ("capabilityId") REFERENCES "Capability"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaturityAssessment" ADD CONSTRAINT "MaturityAssessment_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "MaturityAssessment" ADD CONSTRAINT "maturity_assessment_level_range" CHECK ("level" BETWEEN 1 AND 5);
ALTER TABLE "MaturityAssessment" ADD CONSTRAINT "maturity_assessment_assessor_length" CHECK (char_length("assessor") BETWEEN 1 AND 120);
ALTER TABLE "MaturityAssessment" ADD CONSTRAINT "maturity_assessment_evidence_length" CHECK (char_length("evidence") BETWEEN 1 AND 2000);

-- Assessments are history, like readings: a mistaken one is followed by a corrected one.
CREATE TRIGGER "MaturityAssessment_append_only" BEFORE UPDATE OR DELETE ON "MaturityAssessment"
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- The maturity recorded so far becomes each capability's first assessment, so nothing is lost.
INSERT INTO "MaturityAssessment" ("capabilityId", "assessedOn", "level", "assessor", "evidence")
SELECT "id", (now() AT TIME ZONE 'UTC')::date, "currentMaturity", 'Before assessments were kept', 'Maturity as recorded before assessments had a history.'
FROM "Capability";

-- AlterTable
ALTER TABLE "Capability" DROP COLUMN "currentMaturity",
ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
