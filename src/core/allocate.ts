/**
 * Largest-remainder apportionment in exact integer arithmetic: each part is the floor or the ceiling of
 * its exact share, and the parts always add up to the whole.
 */

/**
 * Splits `units` (a non-negative integer) in proportion to `weights` (non-negative integers, not all 0).
 * The units left after flooring go to the largest remainders; a tie goes to the larger weight, then to
 * the earlier position, so the result does not depend on anything but the weights and their order.
 */
export function allocateLargestRemainder(units: bigint, weights: readonly bigint[]): bigint[] {
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0n);
  if (weightSum <= 0n) throw new RangeError("allocateLargestRemainder needs a positive weight sum");
  const parts = weights.map((weight) => (units * weight) / weightSum);
  const remainders = weights.map((weight) => (units * weight) % weightSum);
  let unitsLeft = units - parts.reduce((sum, part) => sum + part, 0n);
  if (unitsLeft === 0n) return parts;

  const order = weights.map((_, index) => index).filter((index) => remainders[index] > 0n);
  order.sort(
    (a, b) => compareDescending(remainders[a], remainders[b]) || compareDescending(weights[a], weights[b]) || a - b,
  );
  for (const index of order) {
    if (unitsLeft === 0n) break;
    parts[index] += 1n;
    unitsLeft -= 1n;
  }
  return parts;
}

const compareDescending = (a: bigint, b: bigint): number => (a > b ? -1 : a < b ? 1 : 0);
