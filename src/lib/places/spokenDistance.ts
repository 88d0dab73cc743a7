/** Distances as a family hears them: round numbers, metres or kilometres. */

/**
 * A distance as people say it: metres rounded to tens below 1 km, kilometres with one decimal above.
 * @example spokenDistance(347) // { unit: 'metres', count: 350 }
 * @example spokenDistance(1260) // { unit: 'kilometres', count: 1.3 }
 */
export function spokenDistance(metres: number): { unit: 'metres' | 'kilometres'; count: number } {
  const tens = Math.max(10, Math.round(metres / 10) * 10);
  if (tens < 1000) return { unit: 'metres', count: tens };
  return { unit: 'kilometres', count: Math.round(metres / 100) / 10 };
}
