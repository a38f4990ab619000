-- AlterTable
ALTER TABLE "ValueChain" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "BusinessFunction" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "BusinessPriority" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- A version only grows from 1: a stale edit is detected by comparing it.
ALTER TABLE "ValueChain" ADD CONSTRAINT "value_chain_version_positive" CHECK ("version" >= 1);
ALTER TABLE "BusinessFunction" ADD CONSTRAINT "business_function_version_positive" CHECK ("version" >= 1);
ALTER TABLE "BusinessPriority" ADD CONSTRAINT "business_priority_version_positive" CHECK ("version" >= 1);

-- A demand profile is history: re-profiling a function records a new profile effective from a
-- date, so the profile in force on any past day stays what it was.
CREATE TRIGGER "DemandProfile_append_only" BEFORE UPDATE OR DELETE ON "DemandProfile"
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
