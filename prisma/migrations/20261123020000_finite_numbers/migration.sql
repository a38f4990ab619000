-- Numbers must be finite. double precision also stores NaN and ±Infinity, which no measurement or
-- weight can mean and which would break every score computed from them. NaN sorts above every
-- number in Postgres, so "< 'Infinity'" refuses it as well. NULL still passes (optional columns).

ALTER TABLE "Reading" ADD CONSTRAINT "reading_value_finite"
    CHECK ("value" > '-Infinity'::float8 AND "value" < 'Infinity'::float8);

ALTER TABLE "Kpi" ADD CONSTRAINT "kpi_numbers_finite" CHECK (
    "weight" < 'Infinity'::float8
    AND ("target" > '-Infinity'::float8 AND "target" < 'Infinity'::float8 OR "target" IS NULL)
    AND ("redFlag" > '-Infinity'::float8 AND "redFlag" < 'Infinity'::float8 OR "redFlag" IS NULL)
    AND ("bandLow" > '-Infinity'::float8 AND "bandLow" < 'Infinity'::float8 OR "bandLow" IS NULL)
    AND ("bandHigh" > '-Infinity'::float8 AND "bandHigh" < 'Infinity'::float8 OR "bandHigh" IS NULL)
    AND ("bandTolerance" < 'Infinity'::float8 OR "bandTolerance" IS NULL)
);

ALTER TABLE "KpiLink" ADD CONSTRAINT "kpi_link_weight_finite" CHECK ("weight" < 'Infinity'::float8);
ALTER TABLE "BusinessPriority" ADD CONSTRAINT "business_priority_weight_finite" CHECK ("weight" < 'Infinity'::float8);
ALTER TABLE "Initiative" ADD CONSTRAINT "initiative_effort_finite" CHECK ("effortWeeks" < 'Infinity'::float8);
ALTER TABLE "InitiativeKpi" ADD CONSTRAINT "initiative_kpi_numbers_finite" CHECK (
    "expectedImprovement" > '-Infinity'::float8 AND "expectedImprovement" < 'Infinity'::float8
    AND ("baselineValue" > '-Infinity'::float8 AND "baselineValue" < 'Infinity'::float8 OR "baselineValue" IS NULL)
);
ALTER TABLE "BoardCapacity" ADD CONSTRAINT "board_capacity_finite" CHECK ("personWeeks" < 'Infinity'::float8);
