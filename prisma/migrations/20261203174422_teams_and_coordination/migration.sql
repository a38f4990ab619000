-- Teams and coordination mechanisms become editable: a version for optimistic concurrency and an
-- archive date (nothing with history is deleted). Mechanisms get a code, as everything else that
-- files and the API refer to has.

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable: the code is added empty, filled from the id for mechanisms recorded so far, then required.
ALTER TABLE "CoordinationMechanism" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "code" TEXT,
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

UPDATE "CoordinationMechanism" SET "code" = 'CM-' || lpad("id"::text, 3, '0');

ALTER TABLE "CoordinationMechanism" ALTER COLUMN "code" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "CoordinationMechanism_code_key" ON "CoordinationMechanism"("code");
