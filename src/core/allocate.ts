/**
 * Largest-remainder apportionment in exact integer arithmetic: each part is the floor or the ceiling of
 * its exact share, and the parts always add up to the whole. The units left after flooring go to the
 * largest remainders; a tie goes to the larger weight, then to the earlier position, so the result depends
 * on nothing but the weights and their order.
 */
import { toCommonScale, toDecimal } from "./decimal";

/** Splits `units` (a non-negative integer) in proportion to `weights` (non-negative integers, not all 0). */
export function allocateLargestRemainder(units: bigint, weights: readonly bigint[]): bigint[] {
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0n);
  if (weightSum <= 0n) throw new RangeError("allocateLargestRemainder needs a positive weight sum");
  const parts = weights.map((weight) => (units * weight) / weightSum);
  const remainders = weights.map((weight) => (units * weight) % weightSum);
  const left = units - parts.reduce((sum, part) => sum + part, 0n);
  for (const index of largestRemainders(remainders, weights, Number(left))) parts[index] += 1n;
  return parts;
}

/**
 * Splits `units` (at most 10^15) by weights given as numbers (read as Excel keeps them, 15 digits) and
 * returns the parts as numbers of units. Whole-number weights small enough for exact double arithmetic
 * (populations, the common case) skip BigInt altogether.
 */
export function allocateByNumbers(units: bigint, weights: readonly number[]): number[] {
  let weightSum = 0;
  let largest = 0;
  let integers = true;
  for (const weight of weights) {
    weightSum += weight;
    if (weight > largest) largest = weight;
    if (!Number.isInteger(weight)) integers = false;
  }
  const total = Number(units);
  if (!integers || weightSum > Number.MAX_SAFE_INTEGER || total * largest > Number.MAX_SAFE_INTEGER) {
    return allocateLargestRemainder(units, toCommonScale(weights.map(toDecimal)).units).map(Number);
  }
  if (weightSum <= 0) throw new RangeError("allocateByNumbers needs a positive weight sum");
  const parts = new Array<number>(weights.length);
  const remainders = new Array<number>(weights.length);
  let left = total;
  for (let index = 0; index < weights.length; index++) {
    // Exact floor division of integers below 2^53: the double quotient may round up across an integer,
    // which the exact remainder then corrects.
    const product = total * weights[index];
    let part = Math.floor(product / weightSum);
    let remainder = product - part * weightSum;
    if (remainder < 0) {
      part -= 1;
      remainder += weightSum;
    }
    parts[index] = part;
    remainders[index] = remainder;
    left -= part;
  }
  for (const index of largestRemainders(remainders, weights, left)) parts[index] += 1;
  return parts;
}

/** The `count` positions that get one unit more: largest remainder first, ties to the larger weight, then the earlier row. */
function largestRemainders<T extends number | bigint>(
  remainders: readonly T[],
  weights: readonly T[],
  count: number,
): number[] {
  if (count <= 0) return [];
  const candidates: number[] = [];
  for (let index = 0; index < remainders.length; index++) if (remainders[index] > 0) candidates.push(index);
  const before = (a: number, b: number): boolean => {
    if (remainders[a] !== remainders[b]) return remainders[a] > remainders[b];
    if (weights[a] !== weights[b]) return weights[a] > weights[b];
    return a < b;
  };
  selectFirst(candidates, count, before);
  return candidates.slice(0, count);
}

/** Rearranges `items` so that its first `count` are the first `count` in the order `before` (quickselect, O(n)). */
function selectFirst(items: number[], count: number, before: (a: number, b: number) => boolean): void {
  let low = 0;
  let high = items.length - 1;
  while (low < high) {
    const pivot = items[(low + high) >>> 1];
    let i = low;
    let j = high;
    while (i <= j) {
      while (before(items[i], pivot)) i++;
      while (before(pivot, items[j])) j--;
      if (i <= j) {
        [items[i], items[j]] = [items[j], items[i]];
        i++;
        j--;
      }
    }
    if (count - 1 <= j) high = j;
    else if (count - 1 >= i) low = i;
    else return;
  }
}
