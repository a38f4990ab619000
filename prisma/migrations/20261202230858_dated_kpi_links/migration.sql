-- DropIndex
DROP INDEX "KpiLink_supportingId_supportedId_key";

-- AlterTable
ALTER TABLE "KpiLink" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "createdById" INTEGER,
ADD COLUMN     "validFrom" DATE NOT NULL DEFAULT DATE '2000-01-01',
ADD COLUMN     "validTo" DATE;

-- Existing links were undated: they take effect early enough that every reading's period sees
-- them; new rows always name their own first day.
ALTER TABLE "KpiLink" ALTER COLUMN "validFrom" DROP DEFAULT;

-- CreateIndex
CREATE INDEX "KpiLink_supportingId_supportedId_validFrom_idx" ON "KpiLink"("supportingId", "supportedId", "validFrom");

-- CreateIndex
CREATE INDEX "KpiLink_validFrom_validTo_idx" ON "KpiLink"("validFrom", "validTo");

-- AddForeignKey
ALTER TABLE "KpiLink" ADD CONSTRAINT "KpiLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A link is in force on day d when validFrom <= d < validTo (validTo NULL: still in force). A
-- re-weight made on the day a link started ends it on that same day, leaving an empty interval
-- that is never in force but stays as history, hence >= rather than >.
ALTER TABLE "KpiLink" ADD CONSTRAINT "kpi_link_dates_ordered" CHECK ("validTo" IS NULL OR "validTo" >= "validFrom");

-- At most one link per pair in force: an open row is the current one.
CREATE UNIQUE INDEX "KpiLink_one_in_force" ON "KpiLink"("supportingId", "supportedId") WHERE "validTo" IS NULL;

-- Links are history: a row is never deleted, and the only change allowed is ending an open row
-- (or the creator reference being cleared when a user row goes). Everything else is a new row.
CREATE FUNCTION kpi_link_only_ends() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'KpiLink is history: end the link (validTo) instead of deleting it';
    END IF;
    IF NEW."supportingId" <> OLD."supportingId" OR NEW."supportedId" <> OLD."supportedId" OR NEW."weight" <> OLD."weight"
        OR NEW."validFrom" <> OLD."validFrom" OR NEW."createdAt" <> OLD."createdAt"
        OR (OLD."validTo" IS NOT NULL AND NEW."validTo" IS DISTINCT FROM OLD."validTo") THEN
        RAISE EXCEPTION 'KpiLink is history: only an open link can be ended; add a new row instead';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "KpiLink_only_ends" BEFORE UPDATE OR DELETE ON "KpiLink"
    FOR EACH ROW EXECUTE FUNCTION kpi_link_only_ends();
