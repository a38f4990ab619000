"use server";

import { recordDemandProfile } from "@/lib/services/demand-profiles";
import { action, revalidateEverywhere, optionalNumber } from "./action";

export const recordDemandProfileAction = action({
  permission: "function:manage",
  run: (fields, user) =>
    recordDemandProfile(user, fields.code ?? "", {
      effectiveFrom: fields.effectiveFrom ?? "",
      controlFlexibility: optionalNumber(fields, "controlFlexibility"),
      riskTolerance: fields.riskTolerance ?? "",
      availabilityNeed: fields.availabilityNeed ?? "",
      changeCadence: fields.changeCadence ?? "",
      users: optionalNumber(fields, "users"),
      transactionsPerDay: optionalNumber(fields, "transactionsPerDay"),
      peakTimes: fields.peakTimes ?? "",
      targetExploreShare: optionalNumber(fields, "targetExploreShare"),
      rationale: fields.rationale ?? "",
    }),
  done: (profile) => {
    // Every scorecard weights by the profile, so the overview and heat map change too.
    revalidateEverywhere();
    return `New demand profile for ${profile.businessFunction} recorded, in force from ${profile.effectiveFrom}.`;
  },
});
