/**
 * Every production function against the independent oracle (./oracle.ts), on thousands of random cases
 * with a fixed seed, so a change that breaks the arithmetic cannot pass.
 */
import fc from "fast-check";
import { readFileSync } from "fs";
import { join } from "path";
import {
  effectShare,
  listMunicipalities,
  newShare,
  nps,
  npsInterval,
  popAlloc,
  quota,
  share,
  shareInterval,
  spread,
  transfer,
} from "../../src/core";
import { column } from "../helpers";
import {
  Z_TABLE,
  npsIntervalOracle,
  npsOracle,
  popAllocOracle,
  quotaOracle,
  shareOracle,
  spreadOracle,
  transferOracle,
  wilsonOracle,
} from "./oracle";

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

describe("the intervals against the oracle", () => {
  const level = fc.constantFrom(...Object.keys(Z_TABLE));

  it("SHAREINTERVAL is the Wilson interval found by bisection of the score test", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }), level, (n, u, c) => {
        const counted = Math.floor(u * n);
        const share = counted / n;
        const { lower, upper } = shareInterval(share, n, Number(c));
        const expected = wilsonOracle(share, n, Z_TABLE[c]);
        expect(Math.abs(lower - expected.lower)).toBeLessThan(1e-9);
        expect(Math.abs(upper - expected.upper)).toBeLessThan(1e-9);
      }),
      settings,
    );
  });

  it("NPSINTERVAL is Rocks's adjusted Wald on the oracle's own counts", () => {
    const score = fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(""));
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 200 }), level, (scores, c) => {
        const numbers = scores.filter((value): value is number => value !== "");
        fc.pre(numbers.length > 0); // no respondent is #DIV/0!, tested with the errors
        const { lower, upper } = npsInterval(column(...scores), Number(c));
        const expected = npsIntervalOracle(numbers, Z_TABLE[c]);
        // In points: the production quantile's relative error (1.2e-9) times a half-width of up to ~100 points.
        expect(Math.abs(lower - expected.lower)).toBeLessThan(1e-6);
        expect(Math.abs(upper - expected.upper)).toBeLessThan(1e-6);
      }),
      settings,
    );
  });
});

describe("TRANSFER against the oracle", () => {
  it("hands over exactly, keeps untouched rows as they are, and keeps the total", () => {
    const amount = fc.oneof(
      fc.integer({ min: 0, max: 10_000 }),
      fc.integer({ min: 0, max: 1_000_000 }).map((value) => value / 100),
      fc.integer({ min: 1, max: 9 }).map((value) => 1 / value),
    );
    fc.assert(
      fc.property(fc.array(amount, { minLength: 2, maxLength: 20 }), fc.infiniteStream(fc.nat()), (amounts, picks) => {
        const names = amounts.map((_, index) => `Kommune ${index}`);
        // Receivers keep their own amount: a row hands to a receiver that hands nothing on.
        const receiverRows = new Set<number>();
        const receivers = amounts.map(() => "");
        const iterator = picks[Symbol.iterator]();
        amounts.forEach((_, index) => {
          const pick = iterator.next().value as number;
          if (pick % 3 !== 0 || receiverRows.has(index)) return;
          const target = pick % amounts.length;
          if (target === index || receivers[target] !== "") return;
          receivers[index] = names[target];
          receiverRows.add(target);
        });
        const result = transfer(column(...amounts), column(...names), column(...receivers)).flat();
        expect(result).toEqual(transferOracle(amounts, names, receivers));
      }),
      settings,
    );
  });
});

describe("MUNICIPALITIES against the sources", () => {
  // The oracle is the sources themselves: Bilag A of the 2022 quota letter (code, name, region) and Bilag 1
  // of rammeaftale 2021-2023 (hubs), read here independently of the register.
  const text = (name: string) => readFileSync(join(__dirname, "..", "fixtures", "sources", name), "utf8");
  const letter = text("kommunekvoter-2022.md")
    .split("\n")
    .flatMap((line) => {
      const row = /^(\d{3}) (.+?)\t/.exec(line);
      return row ? [{ code: Number(row[1]), name: row[2].trim() }] : [];
    });
  const regionOf = new Map<number, string>();
  let region = "";
  for (const line of text("kommunekvoter-2022.md").split("\n")) {
    const heading = /Region (Hovedstaden|Sjælland|Syddanmark|Midtjylland|Nordjylland)/.exec(line);
    if (heading) region = heading[1];
    const row = /^(\d{3}) /.exec(line);
    if (row) regionOf.set(Number(row[1]), region);
  }
  const hubCount: Record<string, number> = {};
  let hub = "";
  for (const line of text("rammeaftale-2021-2023.md").split("## 14. Bilag 1")[1].split("\n")) {
    const heading = /^#+ Erhvervshus (\S+)/.exec(line.trim());
    if (heading) hub = heading[1];
    else if (hub && line.trim() && !line.trim().startsWith("#") && !/kommuner/i.test(line)) {
      hubCount[hub] = (hubCount[hub] ?? 0) + 1;
    }
  }

  it("lists each region's municipalities of the letter, sorted by code, however the area is written", () => {
    const spelling = fc.constantFrom(
      (name: string) => name,
      (name: string) => `Region ${name}`,
      (name: string) => ` KKR ${name.toUpperCase()} `,
      (name: string) => name.toLowerCase().replace("æ", "ae"),
    );
    fc.assert(
      fc.property(fc.constantFrom(...new Set(regionOf.values())), spelling, (name, spell) => {
        const expected = letter
          .filter(({ code }) => regionOf.get(code) === name)
          .map(({ code }) => code)
          .sort((a, b) => a - b);
        expect(listMunicipalities(spell(name)).map(([code]) => code)).toEqual(expected);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it("gives each business hub as many municipalities as Bilag 1 lists, 98 in all", () => {
    expect(Object.values(hubCount).reduce((a, b) => a + b, 0)).toBe(98);
    for (const [name, count] of Object.entries(hubCount)) {
      expect([name, listMunicipalities(`Erhvervshus ${name}`).length]).toEqual([name, count]);
    }
    expect(listMunicipalities().length).toBe(letter.length);
  });
});
