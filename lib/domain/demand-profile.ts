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

/**
 * Why a new profile may not take effect on `effectiveFrom`, or null when it may. A function's first
 * profile may start on any day (an organisation setting up records where it stands); a later one
 * starts today or later, because the scorecards of past days were weighted with the profile then in
 * force and must read the same tomorrow. Two profiles never share a first day.
 */
export function profileStartProblem(existingStarts: readonly Date[], effectiveFrom: Date, today: Date, history = false): string | null {
  if (existingStarts.some((start) => start.getTime() === effectiveFrom.getTime())) {
    return "A profile already takes effect on this day: choose another day.";
  }
  // `history`: a function set up just now (by a catalogue import) has had no scorecards yet, so its
  // past profiles may be recorded as they were.
  if (existingStarts.length > 0 && effectiveFrom < today && !history) {
    return "A new profile takes effect today or later: past scorecards keep the profile that was in force then.";
  }
  return null;
}
