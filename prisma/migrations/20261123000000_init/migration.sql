-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'executive', 'process_owner', 'board_member', 'viewer');

-- CreateEnum
CREATE TYPE "Stream" AS ENUM ('exploit', 'explore');

-- CreateEnum
CREATE TYPE "RiskTolerance" AS ENUM ('low', 'medium', 'high');

-- CreateEnum
CREATE TYPE "AvailabilityNeed" AS ENUM ('standard', 'high', 'critical');

-- CreateEnum
CREATE TYPE "ChangeCadence" AS ENUM ('quarterly', 'monthly', 'weekly', 'continuous');

-- CreateEnum
CREATE TYPE "KpiLayer" AS ENUM ('demand', 'supply', 'capability');

-- CreateEnum
CREATE TYPE "ScorecardKind" AS ENUM ('strategic', 'development', 'operational');

-- CreateEnum
CREATE TYPE "KpiDirection" AS ENUM ('higher', 'lower', 'band');

-- CreateEnum
CREATE TYPE "KpiFrequency" AS ENUM ('weekly', 'monthly', 'quarterly');

-- CreateEnum
CREATE TYPE "IndicatorType" AS ENUM ('leading', 'lagging');

-- CreateEnum
CREATE TYPE "ReadingSource" AS ENUM ('manual', 'import', 'api');

-- CreateEnum
CREATE TYPE "CapabilityKind" AS ENUM ('people', 'process', 'technology');

-- CreateEnum
CREATE TYPE "CoordinationKind" AS ENUM ('reference_group', 'collaboration_group', 'core_group', 'feedback_channel', 'modelling_workshop');

-- CreateEnum
CREATE TYPE "Methodology" AS ENUM ('lean', 'six_sigma', 'dfss', 'kaizen');

-- CreateEnum
CREATE TYPE "DmaicPhase" AS ENUM ('define', 'measure', 'analyse', 'improve', 'control');

-- CreateEnum
CREATE TYPE "OrchestrationMechanism" AS ENUM ('allocating', 'structuring', 'coordinating');

-- CreateEnum
CREATE TYPE "InitiativeStatus" AS ENUM ('proposed', 'triaged', 'approved', 'in_progress', 'done', 'rejected', 'deferred');

-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('triage', 'approve', 'reject', 'defer', 'rank', 'start', 'complete', 'reopen');

-- CreateTable
CREATE TABLE "Team" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "stream" "Stream" NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "teamId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lastSignInAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ValueChain" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ValueChain_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BusinessFunction" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "valueChainId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BusinessFunction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DemandProfile" (
    "id" SERIAL NOT NULL,
    "businessFunctionId" INTEGER NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "controlFlexibility" INTEGER NOT NULL,
    "riskTolerance" "RiskTolerance" NOT NULL,
    "availabilityNeed" "AvailabilityNeed" NOT NULL,
    "changeCadence" "ChangeCadence" NOT NULL,
    "users" INTEGER NOT NULL,
    "transactionsPerDay" INTEGER NOT NULL,
    "peakTimes" TEXT NOT NULL DEFAULT '',
    "targetExploreShare" INTEGER NOT NULL,
    "rationale" TEXT NOT NULL DEFAULT '',
    "recordedById" INTEGER,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DemandProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BusinessPriority" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "businessFunctionId" INTEGER,
    "weight" DOUBLE PRECISION NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BusinessPriority_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Kpi" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "layer" "KpiLayer" NOT NULL,
    "scorecard" "ScorecardKind" NOT NULL,
    "unit" TEXT NOT NULL,
    "direction" "KpiDirection" NOT NULL,
    "target" DOUBLE PRECISION,
    "redFlag" DOUBLE PRECISION,
    "bandLow" DOUBLE PRECISION,
    "bandHigh" DOUBLE PRECISION,
    "bandTolerance" DOUBLE PRECISION,
    "frequency" "KpiFrequency" NOT NULL,
    "indicatorType" "IndicatorType" NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "ownerId" INTEGER NOT NULL,
    "businessFunctionId" INTEGER,
    "businessPriorityId" INTEGER,
    "processStepId" INTEGER,
    "capabilityId" INTEGER,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Kpi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiLink" (
    "id" SERIAL NOT NULL,
    "supportingId" INTEGER NOT NULL,
    "supportedId" INTEGER NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL DEFAULT 1,

    CONSTRAINT "KpiLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reading" (
    "id" SERIAL NOT NULL,
    "kpiId" INTEGER NOT NULL,
    "period" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "value" DOUBLE PRECISION NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "reason" TEXT,
    "source" "ReadingSource" NOT NULL,
    "enteredById" INTEGER,
    "enteredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Reading_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Process" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "Stream" NOT NULL,
    "framework" TEXT NOT NULL DEFAULT '',
    "purpose" TEXT NOT NULL DEFAULT '',
    "inputs" TEXT[],
    "outputs" TEXT[],
    "decisions" TEXT[],
    "roles" TEXT[],
    "ownerId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Process_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcessStep" (
    "id" SERIAL NOT NULL,
    "processId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ProcessStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonitoringAction" (
    "id" SERIAL NOT NULL,
    "processId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "cadence" "KpiFrequency" NOT NULL,
    "accountableId" INTEGER NOT NULL,

    CONSTRAINT "MonitoringAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Capability" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CapabilityKind" NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "currentMaturity" INTEGER NOT NULL,
    "targetMaturity" INTEGER NOT NULL,
    "processId" INTEGER,
    "ownerId" INTEGER,

    CONSTRAINT "Capability_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoordinationMechanism" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CoordinationKind" NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT '',
    "cadence" TEXT NOT NULL DEFAULT '',
    "participants" TEXT[],
    "processId" INTEGER,
    "leadId" INTEGER,

    CONSTRAINT "CoordinationMechanism_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Initiative" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "problem" TEXT NOT NULL,
    "rootCause" TEXT,
    "methodology" "Methodology" NOT NULL,
    "dmaicPhase" "DmaicPhase",
    "stream" "Stream" NOT NULL,
    "orchestration" "OrchestrationMechanism",
    "businessFunctionId" INTEGER,
    "ownerId" INTEGER NOT NULL,
    "sponsorId" INTEGER,
    "effortWeeks" DOUBLE PRECISION NOT NULL,
    "timeCriticality" INTEGER NOT NULL DEFAULT 5,
    "riskReduction" INTEGER NOT NULL DEFAULT 5,
    "status" "InitiativeStatus" NOT NULL DEFAULT 'proposed',
    "rank" INTEGER,
    "proposedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "approvedAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "targetDate" DATE,
    "completedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Initiative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeKpi" (
    "initiativeId" INTEGER NOT NULL,
    "kpiId" INTEGER NOT NULL,
    "baselineValue" DOUBLE PRECISION,
    "baselinePeriod" DATE,
    "expectedImprovement" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "InitiativeKpi_pkey" PRIMARY KEY ("initiativeId","kpiId")
);

-- CreateTable
CREATE TABLE "InitiativeComment" (
    "id" SERIAL NOT NULL,
    "initiativeId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InitiativeComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardDecision" (
    "id" SERIAL NOT NULL,
    "initiativeId" INTEGER NOT NULL,
    "decision" "DecisionKind" NOT NULL,
    "fromStatus" "InitiativeStatus",
    "toStatus" "InitiativeStatus",
    "rank" INTEGER,
    "rationale" TEXT NOT NULL,
    "meetingDate" DATE NOT NULL,
    "decidedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoardDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardCapacity" (
    "id" SERIAL NOT NULL,
    "quarterStart" DATE NOT NULL,
    "personWeeks" DOUBLE PRECISION NOT NULL,
    "setById" INTEGER NOT NULL,
    "setAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoardCapacity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Team_code_key" ON "Team"("code");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE UNIQUE INDEX "ValueChain_code_key" ON "ValueChain"("code");

-- CreateIndex
CREATE UNIQUE INDEX "BusinessFunction_code_key" ON "BusinessFunction"("code");

-- CreateIndex
CREATE UNIQUE INDEX "DemandProfile_businessFunctionId_effectiveFrom_key" ON "DemandProfile"("businessFunctionId", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "BusinessPriority_code_key" ON "BusinessPriority"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Kpi_code_key" ON "Kpi"("code");

-- CreateIndex
CREATE INDEX "Kpi_layer_scorecard_idx" ON "Kpi"("layer", "scorecard");

-- CreateIndex
CREATE INDEX "Kpi_ownerId_idx" ON "Kpi"("ownerId");

-- CreateIndex
CREATE INDEX "Kpi_businessFunctionId_idx" ON "Kpi"("businessFunctionId");

-- CreateIndex
CREATE INDEX "Kpi_businessPriorityId_idx" ON "Kpi"("businessPriorityId");

-- CreateIndex
CREATE INDEX "KpiLink_supportedId_idx" ON "KpiLink"("supportedId");

-- CreateIndex
CREATE UNIQUE INDEX "KpiLink_supportingId_supportedId_key" ON "KpiLink"("supportingId", "supportedId");

-- CreateIndex
CREATE UNIQUE INDEX "Reading_kpiId_period_version_key" ON "Reading"("kpiId", "period" DESC, "version" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Process_code_key" ON "Process"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ProcessStep_processId_position_key" ON "ProcessStep"("processId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Capability_code_key" ON "Capability"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Initiative_code_key" ON "Initiative"("code");

-- CreateIndex
CREATE INDEX "Initiative_status_idx" ON "Initiative"("status");

-- CreateIndex
CREATE INDEX "InitiativeKpi_kpiId_idx" ON "InitiativeKpi"("kpiId");

-- CreateIndex
CREATE INDEX "BoardDecision_initiativeId_idx" ON "BoardDecision"("initiativeId");

-- CreateIndex
CREATE INDEX "BoardDecision_meetingDate_idx" ON "BoardDecision"("meetingDate");

-- CreateIndex
CREATE INDEX "BoardCapacity_quarterStart_idx" ON "BoardCapacity"("quarterStart");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessFunction" ADD CONSTRAINT "BusinessFunction_valueChainId_fkey" FOREIGN KEY ("valueChainId") REFERENCES "ValueChain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemandProfile" ADD CONSTRAINT "DemandProfile_businessFunctionId_fkey" FOREIGN KEY ("businessFunctionId") REFERENCES "BusinessFunction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemandProfile" ADD CONSTRAINT "DemandProfile_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessPriority" ADD CONSTRAINT "BusinessPriority_businessFunctionId_fkey" FOREIGN KEY ("businessFunctionId") REFERENCES "BusinessFunction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_businessFunctionId_fkey" FOREIGN KEY ("businessFunctionId") REFERENCES "BusinessFunction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_businessPriorityId_fkey" FOREIGN KEY ("businessPriorityId") REFERENCES "BusinessPriority"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_processStepId_fkey" FOREIGN KEY ("processStepId") REFERENCES "ProcessStep"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_capabilityId_fkey" FOREIGN KEY ("capabilityId") REFERENCES "Capability"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiLink" ADD CONSTRAINT "KpiLink_supportingId_fkey" FOREIGN KEY ("supportingId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiLink" ADD CONSTRAINT "KpiLink_supportedId_fkey" FOREIGN KEY ("supportedId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reading" ADD CONSTRAINT "Reading_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reading" ADD CONSTRAINT "Reading_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Process" ADD CONSTRAINT "Process_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcessStep" ADD CONSTRAINT "ProcessStep_processId_fkey" FOREIGN KEY ("processId") REFERENCES "Process"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringAction" ADD CONSTRAINT "MonitoringAction_processId_fkey" FOREIGN KEY ("processId") REFERENCES "Process"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringAction" ADD CONSTRAINT "MonitoringAction_accountableId_fkey" FOREIGN KEY ("accountableId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Capability" ADD CONSTRAINT "Capability_processId_fkey" FOREIGN KEY ("processId") REFERENCES "Process"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Capability" ADD CONSTRAINT "Capability_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoordinationMechanism" ADD CONSTRAINT "CoordinationMechanism_processId_fkey" FOREIGN KEY ("processId") REFERENCES "Process"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoordinationMechanism" ADD CONSTRAINT "CoordinationMechanism_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_businessFunctionId_fkey" FOREIGN KEY ("businessFunctionId") REFERENCES "BusinessFunction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_sponsorId_fkey" FOREIGN KEY ("sponsorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeKpi" ADD CONSTRAINT "InitiativeKpi_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeKpi" ADD CONSTRAINT "InitiativeKpi_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeComment" ADD CONSTRAINT "InitiativeComment_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeComment" ADD CONSTRAINT "InitiativeComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardDecision" ADD CONSTRAINT "BoardDecision_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardDecision" ADD CONSTRAINT "BoardDecision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardCapacity" ADD CONSTRAINT "BoardCapacity_setById_fkey" FOREIGN KEY ("setById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ───────────────────────────────────────────────────────────────────────────────────────────────
-- Rules Prisma cannot express. Written by hand below the generated SQL; Prisma neither creates
-- nor diffs CHECK constraints, triggers and functions, so they never show up as schema drift.
-- ───────────────────────────────────────────────────────────────────────────────────────────────

-- A demand-layer KPI measures what the business asked for, so it must serve a business priority.
ALTER TABLE "Kpi" ADD CONSTRAINT "kpi_demand_needs_priority"
    CHECK ("layer" <> 'demand' OR "businessPriorityId" IS NOT NULL);

-- Thresholds must fit the direction, or a KPI could be green and red at once: higher-is-better
-- turns red below redFlag, lower-is-better above it, band KPIs outside bandLow..bandHigh.
ALTER TABLE "Kpi" ADD CONSTRAINT "kpi_thresholds_consistent" CHECK (
    ("direction" = 'higher' AND "target" IS NOT NULL AND "redFlag" IS NOT NULL AND "target" > "redFlag")
    OR ("direction" = 'lower' AND "target" IS NOT NULL AND "redFlag" IS NOT NULL AND "target" < "redFlag")
    OR ("direction" = 'band' AND "bandLow" IS NOT NULL AND "bandHigh" IS NOT NULL AND "bandTolerance" IS NOT NULL
        AND "bandLow" < "bandHigh" AND "bandTolerance" >= 0)
);

-- Weights scale roll-ups; zero or negative weights would hide or invert a KPI.
ALTER TABLE "Kpi" ADD CONSTRAINT "kpi_weight_positive" CHECK ("weight" > 0);
ALTER TABLE "KpiLink" ADD CONSTRAINT "kpi_link_weight_positive" CHECK ("weight" > 0);
ALTER TABLE "KpiLink" ADD CONSTRAINT "kpi_link_not_self" CHECK ("supportingId" <> "supportedId");

-- A correction (version > 1) replaces a published value, so it must say why.
ALTER TABLE "Reading" ADD CONSTRAINT "reading_version_positive" CHECK ("version" >= 1);
ALTER TABLE "Reading" ADD CONSTRAINT "reading_correction_needs_reason"
    CHECK ("version" = 1 OR ("reason" IS NOT NULL AND length(trim("reason")) > 0));

-- Percentages and counts.
ALTER TABLE "DemandProfile" ADD CONSTRAINT "demand_profile_control_flexibility_range"
    CHECK ("controlFlexibility" BETWEEN 0 AND 100);
ALTER TABLE "DemandProfile" ADD CONSTRAINT "demand_profile_target_explore_share_range"
    CHECK ("targetExploreShare" BETWEEN 0 AND 100);
ALTER TABLE "DemandProfile" ADD CONSTRAINT "demand_profile_users_non_negative" CHECK ("users" >= 0);
ALTER TABLE "DemandProfile" ADD CONSTRAINT "demand_profile_transactions_non_negative"
    CHECK ("transactionsPerDay" >= 0);

ALTER TABLE "BusinessPriority" ADD CONSTRAINT "business_priority_weight_positive" CHECK ("weight" > 0);
ALTER TABLE "BusinessPriority" ADD CONSTRAINT "business_priority_dates_ordered"
    CHECK ("endsOn" IS NULL OR "endsOn" >= "startsOn");

-- Maturity is on the 1–5 scale.
ALTER TABLE "Capability" ADD CONSTRAINT "capability_current_maturity_range" CHECK ("currentMaturity" BETWEEN 1 AND 5);
ALTER TABLE "Capability" ADD CONSTRAINT "capability_target_maturity_range" CHECK ("targetMaturity" BETWEEN 1 AND 5);

-- Board judgements are on a 1–10 scale; effort divides the cost of delay, so it must be positive.
ALTER TABLE "Initiative" ADD CONSTRAINT "initiative_effort_positive" CHECK ("effortWeeks" > 0);
ALTER TABLE "Initiative" ADD CONSTRAINT "initiative_time_criticality_range" CHECK ("timeCriticality" BETWEEN 1 AND 10);
ALTER TABLE "Initiative" ADD CONSTRAINT "initiative_risk_reduction_range" CHECK ("riskReduction" BETWEEN 1 AND 10);
ALTER TABLE "Initiative" ADD CONSTRAINT "initiative_version_positive" CHECK ("version" >= 1);
-- Disciplined improvement: nothing goes ahead without a stated root cause, and a DMAIC phase
-- only means something for Six Sigma.
ALTER TABLE "Initiative" ADD CONSTRAINT "initiative_root_cause_before_approval"
    CHECK ("status" IN ('proposed', 'triaged', 'rejected', 'deferred') OR length(trim(coalesce("rootCause", ''))) > 0);
ALTER TABLE "Initiative" ADD CONSTRAINT "initiative_dmaic_only_for_six_sigma"
    CHECK ("dmaicPhase" IS NULL OR "methodology" = 'six_sigma');

ALTER TABLE "BoardCapacity" ADD CONSTRAINT "board_capacity_non_negative" CHECK ("personWeeks" >= 0);
ALTER TABLE "ProcessStep" ADD CONSTRAINT "process_step_position_positive" CHECK ("position" >= 1);

-- Readings, board decisions and audit events are history: rows are added, never changed or
-- removed. Row triggers do not fire on TRUNCATE, which stays available for deliberate resets.
-- Note: deleting a User who has audit events fails too, because ON DELETE SET NULL on
-- "AuditEvent"."actorId" is an UPDATE; deactivate users ("User"."active") instead.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: add a new row instead', TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER "Reading_append_only" BEFORE UPDATE OR DELETE ON "Reading"
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER "BoardDecision_append_only" BEFORE UPDATE OR DELETE ON "BoardDecision"
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
