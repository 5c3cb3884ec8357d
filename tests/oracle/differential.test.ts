/**
 * The production functions against the independent oracle (./oracle.ts), on thousands of random cases
 * with a fixed seed, so a change that breaks the arithmetic cannot pass.
 */
import fc from "fast-check";
import { effectShare, newShare, nps, popAlloc, quota, share, spread } from "../../src/core";
import { column } from "../helpers";
import { npsOracle, popAllocOracle, quotaOracle, shareOracle, spreadOracle } from "./oracle";

const SEED = 20261126;
const RUNS = 2000;
const settings = { seed: SEED, numRuns: RUNS };

/** Numbers as users have them: whole, with a few decimals, large. */
const weight = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.integer({ min: 0, max: 10_000_000 }).map((value) => value / 1000),
  fc.integer({ min: 0, max: 999_999_999 }).map((value) => value * 1_000_000),
);

describe("POPALLOC against the oracle", () => {
  it("gives the oracle's parts, to the unit, for any key, rounding and exclusion", () => {
    const rows = fc.array(fc.tuple(weight, fc.boolean()), { minLength: 1, maxLength: 25 });
    fc.assert(
      fc.property(
        rows,
        fc.bigInt({ min: 0n, max: 10n ** 13n }),
        fc.integer({ min: -3, max: 2 }),
        (list, units, decimals) => {
          const weights = list.map(([w]) => w);
          const excluded = list.map(([, flag]) => flag);
          fc.pre(weights.some((w, index) => w > 0 && !excluded[index]));
          const total = Number(`${units}e${-decimals}`);
          const parts = popAlloc(total, column(...weights), {
            decimals,
            exclude: column(...excluded.map((flag) => (flag ? "x" : ""))),
          }).flat();
          expect(parts).toEqual(popAllocOracle(total, weights, decimals, excluded));
        },
      ),
      settings,
    );
  });
});

describe("QUOTA against the oracle", () => {
  it("gives the oracle's quotas for any municipalities, landstal and exemptions", () => {
    const municipality = fc.record({
      p: fc.integer({ min: 1, max: 800_000 }),
      i: fc.integer({ min: 0, max: 90_000 }),
      f: fc.integer({ min: 0, max: 300 }),
      excluded: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(municipality, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 6000 }),
        fc.integer({ min: 0, max: 3000 }),
        (list, total, extraLandstal) => {
          const p = list.map((m) => m.p);
          const i = list.map((m) => m.i);
          const f = list.map((m) => m.f);
          const excluded = list.map((m) => m.excluded);
          fc.pre(i.some((value) => value > 0));
          const landstal = total + extraLandstal;
          let expected: number[];
          try {
            expected = quotaOracle(total, p, i, f, excluded, landstal);
          } catch {
            return; // no positive foreløbigt number: the production answer is #DIV/0!, tested elsewhere
          }
          const result = quota(total, column(...p), column(...i), column(...f), {
            landstal,
            exclude: column(...excluded.map((flag) => (flag ? 1 : 0))),
          }).flat();
          expect(result).toEqual(expected);
        },
      ),
      settings,
    );
  });
});

describe("survey measures against the oracle", () => {
  it("NPS counts promoters and detractors among whole scores", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 300 }), (scores) => {
        expect(nps(column(...scores))).toBe(npsOracle(scores));
      }),
      settings,
    );
  });

  it("SHARE and EFFECTSHARE count respondents as the definitions say", () => {
    const answer = fc.constantFrom("i høj grad", "i nogen grad", "i lav grad", "slet ikke", "ved ikke", "");
    fc.assert(
      fc.property(fc.array(answer, { minLength: 1, maxLength: 200 }), fc.boolean(), (answers, excludeDontKnow) => {
        const answered = answers.filter((a) => a !== "" && !(excludeDontKnow && a === "ved ikke"));
        fc.pre(answered.length > 0);
        const high = answered.filter((a) => a === "i høj grad").length;
        const medium = answered.filter((a) => a === "i høj grad" || a === "i nogen grad").length;
        expect(effectShare(column(...answers), { excludeDontKnow })).toBe(shareOracle(high, answered.length));
        expect(effectShare(column(...answers), { excludeDontKnow, level: "middel" })).toBe(
          shareOracle(medium, answered.length),
        );
        const excluded = excludeDontKnow ? "ved ikke" : undefined;
        expect(share(column(...answers), [["i høj grad"], ["i nogen grad"]], { excluded })).toBe(
          shareOracle(medium, answered.length),
        );
      }),
      settings,
    );
  });

  it("NEWSHARE counts distinct new firms", () => {
    const firm = fc.integer({ min: 10_000_000, max: 10_000_040 });
    fc.assert(
      fc.property(fc.array(firm, { minLength: 1, maxLength: 60 }), fc.array(firm, { maxLength: 60 }), (now, before) => {
        const distinct = new Set(now);
        const known = new Set(before);
        const fresh = [...distinct].filter((id) => !known.has(id)).length;
        expect(newShare(column(...now), column(...(before.length ? before : [""])))).toBe(
          shareOracle(fresh, distinct.size),
        );
      }),
      settings,
    );
  });

  it("SPREAD is the exact deviation, to the last bit or so", () => {
    const pair = fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 900_000 }));
    fc.assert(
      fc.property(fc.array(pair, { minLength: 1, maxLength: 30 }), fc.constantFrom("pp", "relative"), (list, kind) => {
        const counts = list.map(([a]) => a);
        const population = list.map(([, p]) => p);
        fc.pre(counts.some((a) => a > 0));
        const result = spread(column(...counts), column(...population), kind).flat();
        const expected = spreadOracle(counts, population, kind as "pp" | "relative").map((value) => value.toNumber());
        result.forEach((value, index) => {
          const tolerance = Math.abs(expected[index]) * 2 ** -50;
          expect(Math.abs(value - expected[index])).toBeLessThanOrEqual(tolerance);
        });
      }),
      settings,
    );
  });
});
