/**
 * KKR.SEATS: hand-worked examples, every bad input a user can type, and an independent oracle that lists
 * every allocation of a small case, orders each one's ratios votes ÷ seats from the largest, and keeps the
 * lexicographically smallest list: the rules of procedure's "underrepræsentationen … mindst muligt for det
 * parti …, der samlet set er blevet mest underrepræsenteret", then the next-worst, and so on.
 */
import fc from "fast-check";
import { dhondt, seats } from "../../src/core";
import { allocations, column, failure } from "./elections";

const seatsOf = (votes: number[], total: number, minimum?: number[]) =>
  seats(column(...votes), total, minimum && column(...minimum)).map(([seat]) => seat);

describe("KKR.SEATS by hand", () => {
  it("gives each seat beyond the minimums to the most under-represented party (the README's example)", () => {
    // Minimums 2, 1, 1 leave 2 seats. Votes ÷ seats: A 2,500, B 3,000, C 1,000 → B; then A 2,500 beats
    // B 1,500 → A. Result 3, 2, 1 with the worst ratio 5,000/3 ≈ 1,667; every other allocation with these
    // minimums has a worse one: 4,1,1 → 3,000; 2,3,1 → 2,500; 2,2,2 → 2,500; 3,1,2 → 3,000; 2,1,3 → 3,000.
    expect(seatsOf([5000, 3000, 1000], 6, [2, 1, 1])).toEqual([3, 2, 1]);
    // d'Hondt, for comparison, leaves C out: quotients 5,000 3,000 2,500 1,667 1,500 1,250.
    expect(dhondt(column(5000, 3000, 1000), 6).flat()).toEqual([4, 2, 0]);
  });

  it("keeps a party's mayors even where its votes would give it fewer seats", () => {
    // A has 4 mayors of 6 seats; B and C keep their one each.
    expect(seatsOf([1000, 3000, 2000], 6, [4, 1, 1])).toEqual([4, 1, 1]);
    // 7 seats: the free one goes to B (3,000 ÷ 1) before C (2,000 ÷ 1) and A (250).
    expect(seatsOf([1000, 3000, 2000], 7, [4, 1, 1])).toEqual([4, 2, 1]);
  });

  it("seats every party with votes before any gets a second, the largest first, without minimums", () => {
    // Unseated parties are the most under-represented, the one with more votes the more.
    expect(seatsOf([100, 900, 400], 2)).toEqual([0, 1, 1]);
    expect(seatsOf([100, 900, 400], 3)).toEqual([1, 1, 1]);
    // A party without votes is never under-represented: it gets no seat beyond its minimum.
    expect(seatsOf([0, 900, 400], 3, [1, 0, 0])).toEqual([1, 1, 1]);
    expect(seatsOf([0, 900, 400], 4)).toEqual([0, 3, 1]);
  });

  it("breaks a tie on the worst ratio by the next-worst: the seat goes where the ratio falls lowest", () => {
    // Minimums 2, 1 and 1 seat left: A 2,000 ÷ 2 = 1,000 and B 1,000 ÷ 1 = 1,000 tie as the worst. A seat
    // to A leaves {667, 1,000}, a seat to B leaves {1,000, 500}: both worst 1,000, next-worst 667 against
    // 500, so B.
    expect(seatsOf([2000, 1000], 4, [2, 1])).toEqual([2, 2]);
  });

  it("names the parties in a tie the rules cannot break, in both languages", () => {
    const tie = failure(() => seatsOf([3000, 3000], 3));
    expect(tie.kind).toBe("value");
    expect(tie.text.da).toBe(
      "Lighed om den sidste plads mellem partierne i række 1 og række 2: reglerne afgør den ikke, så KKR må afgøre den uden for formlen.",
    );
    expect(tie.text.en).toBe(
      "A tie for the last seat between the parties in row 1 and row 2: the rules do not settle it, so KKR must settle it outside the formula.",
    );
    // Three equal parties for two free seats after one each: "de sidste 2 pladser". No votes at all: any.
    expect(failure(() => seatsOf([10, 10, 10], 5)).text.da).toMatch(
      /^Lighed om de sidste 2 pladser mellem partierne i række 1, række 2 og række 3:/,
    );
    expect(failure(() => seatsOf([0, 0], 4, [0, 2])).text.da).toMatch(
      /^Lighed om de sidste 2 pladser mellem partierne i række 1 og række 2:/,
    );
    expect(seatsOf([0], 4)).toEqual([4]);
    expect(seatsOf([3000, 3000], 4)).toEqual([2, 2]);
  });

  it("refuses what is no vote count, no number of seats or no minimum, naming the cell", () => {
    expect(failure(() => seatsOf([100, -5], 2)).text.da).toBe("Stemmer, række 2: -5 er negativ.");
    expect(failure(() => seatsOf([100, 2.5], 2)).text.da).toBe("Stemmer, række 2: 2,5 er ikke et helt antal stemmer.");
    expect(failure(() => seatsOf([100, 50], 10_001)).text.da).toBe(
      "Pladser skal være et helt tal fra 0 til 10.000 (fik 10001).",
    );
    expect(failure(() => seatsOf([100, 50], 3, [1, 1.5])).text.da).toBe(
      "Mindst, række 2: 1,5 er ikke et helt antal pladser.",
    );
    expect(failure(() => seats(column(100, 50), 3, column(1, ""))).text.da).toBe(
      "Mindst, række 2: cellen er tom; skriv 0, hvis tallet er nul.",
    );
    const tooMany = failure(() => seatsOf([100, 50, 20], 4, [2, 2, 1]));
    expect([tooMany.kind, tooMany.text.da, tooMany.text.en]).toEqual([
      "number",
      "Mindstetallene giver 5 pladser i alt, flere end de 4 pladser, der er.",
      "The minimums add up to 5 seats, more than the 4 seats there are.",
    ]);
    expect(failure(() => seats(column(100, 50), 3, column(1))).text.da).toMatch(
      /^Mindst \(1×1\) skal have samme størrelse/,
    );
  });
});

/** A ratio votes ÷ seats as the oracle orders them: [1, votes] for an unseated party with votes, else [0, v, s]. */
type Ratio = { unseated: boolean; votes: number; seats: number };
const ratioOf = (votes: number, seated: number): Ratio => ({
  unseated: seated === 0 && votes > 0,
  votes,
  seats: seated,
});
function compareRatios(a: Ratio, b: Ratio): number {
  if (a.unseated || b.unseated) return a.unseated === b.unseated ? a.votes - b.votes : a.unseated ? 1 : -1;
  // v/s against w/t without division; a party without votes has ratio 0.
  const left = a.votes === 0 ? 0 : a.votes * (b.votes === 0 ? 1 : b.seats);
  const right = b.votes === 0 ? 0 : b.votes * (a.votes === 0 ? 1 : a.seats);
  return left - right;
}

/** The allocation whose ratios, largest first, are lexicographically smallest; "tie" when more than one is. */
function oracle(votes: readonly number[], total: number, minimum: readonly number[]): number[] | "tie" {
  let best: { seated: number[]; ordered: Ratio[] }[] = [];
  for (const seated of allocations(votes.length, total, minimum)) {
    const ordered = votes.map((v, party) => ratioOf(v, seated[party])).sort((a, b) => compareRatios(b, a));
    const against = best.length === 0 ? -1 : compareLists(ordered, best[0].ordered);
    if (against < 0) best = [{ seated, ordered }];
    else if (against === 0) best.push({ seated, ordered });
  }
  return best.length === 1 ? best[0].seated : "tie";
}

function compareLists(a: readonly Ratio[], b: readonly Ratio[]): number {
  for (let index = 0; index < a.length; index++) {
    const order = compareRatios(a[index], b[index]);
    if (order !== 0) return order;
  }
  return 0;
}

const smallCase = fc
  .array(fc.record({ votes: fc.integer({ min: 0, max: 12 }), minimum: fc.integer({ min: 0, max: 2 }) }), {
    minLength: 1,
    maxLength: 4,
  })
  .chain((parties) =>
    fc.record({
      parties: fc.constant(parties),
      total: fc.integer({ min: parties.reduce((sum, party) => sum + party.minimum, 0), max: 9 }),
    }),
  );

describe("KKR.SEATS against the brute-force oracle", () => {
  it("agrees on thousands of small cases, ties included", () => {
    let ties = 0;
    fc.assert(
      fc.property(smallCase, ({ parties, total }) => {
        const votes = parties.map((party) => party.votes);
        const minimum = parties.map((party) => party.minimum);
        const expected = oracle(votes, total, minimum);
        if (expected === "tie") {
          ties++;
          expect(failure(() => seatsOf(votes, total, minimum)).text.en).toMatch(/^A tie for the last/);
        } else expect(seatsOf(votes, total, minimum)).toEqual(expected);
      }),
      { numRuns: 4000 },
    );
    expect(ties).toBeGreaterThan(50);
  });

  it("gives every seat, keeps every minimum, and does not depend on the order of the parties", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ votes: fc.integer({ min: 0, max: 1_000_000 }), minimum: fc.nat({ max: 3 }) }), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.nat({ max: 60 }),
        fc.nat(),
        (parties, extra, shift) => {
          const votes = parties.map((party) => party.votes);
          const minimum = parties.map((party) => party.minimum);
          const total = minimum.reduce((sum, least) => sum + least, 0) + extra;
          let result: number[];
          try {
            result = seatsOf(votes, total, minimum);
          } catch {
            return; // a tie: nothing to compare
          }
          expect(result.reduce((sum, seat) => sum + seat, 0)).toBe(total);
          result.forEach((seat, party) => expect(seat).toBeGreaterThanOrEqual(minimum[party]));
          const turn = shift % parties.length;
          const rotate = <T>(list: T[]) => [...list.slice(turn), ...list.slice(0, turn)];
          expect(seatsOf(rotate(votes), total, rotate(minimum))).toEqual(rotate(result));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
