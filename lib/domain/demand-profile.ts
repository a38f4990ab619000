/**
 * The demand profile in force on `day`: the latest that took effect on or before it. Profiles are
 * never edited, so a past day keeps the profile the function had then.
 */
export function profileInForce<P extends { effectiveFrom: Date }>(profiles: readonly P[], day: Date): P | null {
  let found: P | null = null;
  for (const profile of profiles) {
    if (profile.effectiveFrom <= day && (found === null || profile.effectiveFrom > found.effectiveFrom)) found = profile;
  }
  return found;
}
