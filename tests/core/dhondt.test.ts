/**
 * KKR.DHONDT: hand-worked examples, every bad input a user can type, and an independent oracle: d'Hondt's
 * allocations are exactly those where no list's next quotient votes/(seats+1) exceeds any seated list's
 * last quotient votes/seats (the divisor-method characterization). Enumerating every allocation of a small
 * case and keeping those gives the answer, or more than one when the law must draw lots.
 */
import fc from "fast-check";
import { DomainError, dhondt } from "../../src/core";
import { allocations, column as col, failure } from "./elections";

const seatsOf = (votes: number[], seats: number, alliances?: string[]) =>
  dhondt(col(...votes), seats, alliances && col(...alliances)).map(([seat]) => seat);

describe("KKR.DHONDT by hand", () => {
  it("gives the seats one by one to the largest quotient", () => {
    // Quotients: A 1200, 600, 400, 300; B 800, 400; C 300. The five largest: 1200, 800, 600, 400, 400.
    expect(seatsOf([1200, 800, 300], 5)).toEqual([3, 2, 0]);
    expect(seatsOf([1200, 800, 300], 0)).toEqual([0, 0, 0]);
  });

  it("divides over electoral alliances first, then within each (the README's example)", () => {
    // Alone: A 1000, 500, 333 beat B's 310. Allied, B + C = 600 beats A's 500 for the second seat.
    expect(seatsOf([1000, 310, 290], 3)).toEqual([3, 0, 0]);
    expect(seatsOf([1000, 310, 290], 3, ["", "BC", "BC"])).toEqual([2, 1, 0]);
    // Alliance names compare without case and spaces.
    expect(seatsOf([1000, 310, 290], 3, ["", "bc ", " BC"])).toEqual([2, 1, 0]);
  });

  it("names the rows that tie for the last seat, in both languages", () => {
    // A 1000, 500 take two seats; B and C tie at 450 for the third.
    const tie = failure(() => seatsOf([1000, 450, 450], 3));
    expect(tie.kind).toBe("value");
    expect(tie.text.da).toBe(
      "Stemmelighed om den sidste plads mellem stemmerne i række 2 og række 3; loven afgør den ved lodtrækning.",
    );
    expect(tie.text.en).toBe(
      "A tie for the last seat between the votes in row 2 and row 3; the law settles it by drawing lots.",
    );
    // Two tied lists for two seats is no tie: each gets one.
    expect(seatsOf([1000, 450, 450], 4)).toEqual([2, 1, 1]);
    // Within an alliance: B + C = 900 takes one seat, which B and C tie for.
    expect(failure(() => seatsOf([1000, 450, 450], 3, ["", "x", "x"])).text.da).toMatch(/række 2 og række 3/);
  });

  it("refuses what is no vote count or no number of seats, naming the cell", () => {
    expect(failure(() => seatsOf([100, -5], 2)).text.da).toBe("Stemmer, række 2: -5 er negativ.");
    expect(failure(() => seatsOf([100, 2.5], 2)).text.da).toBe("Stemmer, række 2: 2,5 er ikke et helt antal stemmer.");
    expect(failure(() => seatsOf([100, "50"] as number[], 2)).text.da).toMatch(/^Stemmer, række 2: "50" er tekst/);
    const seats = failure(() => seatsOf([100, 50], 2.5));
    expect([seats.kind, seats.text.da]).toEqual([
      "number",
      "Pladser skal være et helt tal fra 0 til 10.000 (fik 2,5).",
    ]);
    expect(failure(() => seatsOf([100, 50], -1)).kind).toBe("number");
    expect(failure(() => seatsOf([100, 50], "tre" as unknown as number)).text.da).toMatch(/^Pladser: /);
    expect(failure(() => dhondt(col(100, 50), 2, col("a"))).text.da).toMatch(/^Valgforbund/);
    const error = failure(() => dhondt(col(100, 50), 2, col("", { code: "#N/A" })));
    expect(error.text.da).toBe("Valgforbund, række 2: #I/T er ikke navnet på et valgforbund.");
    expect(failure(() => seatsOf([0, 0], 4)).text.da).toMatch(/^Stemmelighed om de sidste 4 pladser/);
    expect(seatsOf([0], 2)).toEqual([2]);
  });
});

/** The allocations d'Hondt allows: max over lists of v/(s+1) ≤ min over seated lists of v/s, exactly. */
function dhondtAllocations(votes: readonly number[], seats: number): number[][] {
  return [...allocations(votes.length, seats)].filter((seated) =>
    votes.every((v, j) => votes.every((w, i) => seated[i] === 0 || v * seated[i] <= w * (seated[j] + 1))),
  );
}

/** The oracle's answer: one allocation, over alliances and then within, or "tie" where lots must decide. */
function oracle(votes: readonly number[], seats: number, alliances: readonly string[]): number[] | "tie" {
  const groups = [...new Set(alliances.map((alliance, party) => alliance || `alone ${party}`))];
  const members = groups.map((group) =>
    votes.map((_, party) => party).filter((party) => (alliances[party] || `alone ${party}`) === group),
  );
  const outer = dhondtAllocations(
    members.map((parties) => parties.reduce((sum, party) => sum + votes[party], 0)),
    seats,
  );
  if (outer.length !== 1) return "tie";
  const result = votes.map(() => 0);
  for (const [group, parties] of members.entries()) {
    const inner = dhondtAllocations(
      parties.map((party) => votes[party]),
      outer[0][group],
    );
    if (inner.length !== 1) return "tie";
    parties.forEach((party, index) => (result[party] = inner[0][index]));
  }
  return result;
}

const smallCase = fc.record({
  votes: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 4 }),
  seats: fc.integer({ min: 0, max: 7 }),
  alliances: fc.array(fc.constantFrom("", "", "x", "y"), { minLength: 4, maxLength: 4 }),
});

describe("KKR.DHONDT against the brute-force oracle", () => {
  it("agrees on thousands of small cases, ties included, with and without alliances", () => {
    let ties = 0;
    fc.assert(
      fc.property(smallCase, fc.boolean(), ({ votes, seats, alliances }, allied) => {
        const groups = allied ? alliances.slice(0, votes.length) : votes.map(() => "");
        const expected = oracle(votes, seats, groups);
        if (expected === "tie") {
          ties++;
          expect(failure(() => seatsOf(votes, seats, groups)).text.en).toMatch(/^A tie for the last/);
        } else expect(seatsOf(votes, seats, groups)).toEqual(expected);
      }),
      { numRuns: 4000 },
    );
    expect(ties).toBeGreaterThan(50);
  });

  it("gives every seat, and never fewer seats to a list for more votes", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 2, maxLength: 9 }),
        fc.integer({ min: 1, max: 40 }),
        fc.nat({ max: 8 }),
        fc.integer({ min: 1, max: 100_000 }),
        (votes, seats, which, more) => {
          const party = which % votes.length;
          let before: number[];
          try {
            before = seatsOf(votes, seats);
          } catch {
            return; // a tie: no result to compare
          }
          expect(before.reduce((sum, seat) => sum + seat, 0)).toBe(seats);
          const richer = votes.map((vote, index) => (index === party ? vote + more : vote));
          try {
            expect(seatsOf(richer, seats)[party]).toBeGreaterThanOrEqual(before[party]);
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
