/** What the election tests share: every allocation of a small case, and catching a domain error. */
import { DomainError } from "../../src/core";

/** Every way to give `seats` seats to `lists` lists, each at least its minimum (0 when none is given). */
export function* allocations(lists: number, seats: number, minimum: readonly number[] = []): Generator<number[]> {
  const least = minimum[0] ?? 0;
  if (lists === 1) {
    if (seats >= least) yield [seats];
    return;
  }
  for (let first = least; first <= seats; first++)
    for (const rest of allocations(lists - 1, seats - first, minimum.slice(1))) yield [first, ...rest];
}

export const column = (...values: unknown[]) => values.map((value) => [value]);

export function failure(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
  }
  throw new Error("expected a domain error");
}
