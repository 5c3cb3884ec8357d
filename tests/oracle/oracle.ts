/**
 * An independent oracle for the KKR functions, written from the definitions in the brief with exact
 * rational arithmetic. It shares no code with src/: its own number reading, its own apportionment (a full
 * sort, not the production quickselect), its own counting. A difference between the two is a bug in one.
 */

/** An exact fraction n/d with d > 0, in lowest terms. */
export class Rational {
  readonly n: bigint;
  readonly d: bigint;

  constructor(n: bigint, d: bigint = 1n) {
    if (d === 0n) throw new Error("Rational: zero denominator");
    if (d < 0n) [n, d] = [-n, -d];
    const g = gcd(n < 0n ? -n : n, d);
    this.n = n / g;
    this.d = d / g;
  }

  static of(value: number | bigint): Rational {
    return typeof value === "bigint" ? new Rational(value) : Rational.parse(value.toPrecision(15));
  }

  /** A decimal text such as "-1.25e-3" exactly. */
  static parse(text: string): Rational {
    const match = /^(-?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text);
    if (!match) throw new Error(`Rational.parse: ${text}`);
    const [, sign, whole, fraction = "", exponent = "0"] = match;
    const digits = BigInt(`${sign}${whole}${fraction}`);
    const power = Number(exponent) - fraction.length;
    return power >= 0 ? new Rational(digits * 10n ** BigInt(power)) : new Rational(digits, 10n ** BigInt(-power));
  }

  add(other: Rational): Rational {
    return new Rational(this.n * other.d + other.n * this.d, this.d * other.d);
  }
  sub(other: Rational): Rational {
    return new Rational(this.n * other.d - other.n * this.d, this.d * other.d);
  }
  mul(other: Rational): Rational {
    return new Rational(this.n * other.n, this.d * other.d);
  }
  div(other: Rational): Rational {
    return new Rational(this.n * other.d, this.d * other.n);
  }
  compare(other: Rational): number {
    const difference = this.n * other.d - other.n * this.d;
    return difference > 0n ? 1 : difference < 0n ? -1 : 0;
  }
  floor(): bigint {
    const quotient = this.n / this.d;
    return this.n < 0n && quotient * this.d !== this.n ? quotient - 1n : quotient;
  }
  isZero(): boolean {
    return this.n === 0n;
  }
  /** The nearest double, by correctly rounded decimal conversion of 40 significant digits. */
  toNumber(): number {
    if (this.n === 0n) return 0;
    const negative = this.n < 0n;
    const magnitude = negative ? -this.n : this.n;
    const scale = 60n;
    const scaled = (magnitude * 10n ** scale) / this.d;
    const value = Number(`${scaled}e-${scale}`);
    return negative ? -value : value;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

const ZERO = new Rational(0n);
const sum = (values: Rational[]): Rational => values.reduce((total, value) => total.add(value), ZERO);

/**
 * Hamilton's method: `units` whole units split by exact quotas units·w/W; floors first, then one unit each
 * to the largest fractional parts, a tie to the larger weight, then to the earlier row.
 */
export function hamilton(units: bigint, weights: Rational[]): bigint[] {
  const total = sum(weights);
  const quotas = weights.map((weight) => new Rational(units).mul(weight).div(total));
  const parts = quotas.map((quota) => quota.floor());
  const fractions = quotas.map((quota, index) => quota.sub(new Rational(parts[index])));
  const left = Number(units - parts.reduce((a, b) => a + b, 0n));
  const order = weights
    .map((_, index) => index)
    .sort((a, b) => fractions[b].compare(fractions[a]) || weights[b].compare(weights[a]) || a - b);
  order.slice(0, left).forEach((index) => (parts[index] += 1n));
  return parts;
}

/** POPALLOC: the total as whole units of 10^-decimals, split by the weights of the rows not excluded. */
export function popAllocOracle(total: number, weights: number[], decimals: number, excluded: boolean[]): number[] {
  const scale = decimals >= 0 ? new Rational(10n ** BigInt(decimals)) : new Rational(1n, 10n ** BigInt(-decimals));
  const units = Rational.of(total).mul(scale);
  if (units.d !== 1n) throw new Error("oracle: total is not whole units");
  const parts = hamilton(
    units.n,
    weights.map((weight, index) => (excluded[index] ? ZERO : Rational.of(weight))),
  );
  return parts.map((part) => new Rational(part).div(scale).toNumber());
}

/** QUOTA by integrationsloven's model, steps 1-4 of the brief, over the listed municipalities. */
export function quotaOracle(
  total: number,
  p: number[],
  i: number[],
  f: number[],
  excluded: boolean[],
  landstal = total,
): number[] {
  const P = sum(p.map(Rational.of));
  const I = sum(i.map(Rational.of));
  const F = sum(f.map(Rational.of));
  const LF = Rational.of(landstal).add(F);
  const preliminary = p.map((pk, k) => {
    const share = new Rational(2n).mul(Rational.of(pk)).div(P).sub(Rational.of(i[k]).div(I));
    return share.mul(LF).sub(Rational.of(f[k]));
  });
  const weights = preliminary.map((value, k) => (excluded[k] || value.compare(ZERO) <= 0 ? ZERO : value));
  return hamilton(BigInt(total), weights).map(Number);
}

/** NPS in points: (promoters − detractors)·100 / answers, over whole scores 0..10. */
export function npsOracle(scores: number[]): number {
  const promoters = scores.filter((score) => score >= 9).length;
  const detractors = scores.filter((score) => score <= 6).length;
  return new Rational(BigInt((promoters - detractors) * 100), BigInt(scores.length)).toNumber();
}

/** A share counted / respondents as the nearest double. */
export const shareOracle = (counted: number, respondents: number): number =>
  new Rational(BigInt(counted), BigInt(respondents)).toNumber();

/** SPREAD per municipality, exactly: "pp" a/A − p/P; "relative" a·P/(A·p) − 1. */
export function spreadOracle(counts: number[], population: number[], kind: "pp" | "relative"): Rational[] {
  const a = counts.map(Rational.of);
  const p = population.map(Rational.of);
  const A = sum(a);
  const P = sum(p);
  return a.map((ak, k) =>
    kind === "pp" ? ak.div(A).sub(p[k].div(P)) : ak.mul(P).div(A.mul(p[k])).sub(new Rational(1n)),
  );
}

/**
 * Two-sided z for the confidence levels of published tables (Abramowitz & Stegun, table 26.5): the oracle
 * does not compute a quantile, it looks the value up.
 */
export const Z_TABLE: Record<string, number> = {
  "0.8": 1.2815515655446004,
  "0.9": 1.6448536269514722,
  "0.95": 1.959963984540054,
  "0.99": 2.5758293035489004,
  "0.999": 3.2905267314918945,
};

/**
 * The Wilson interval as its definition: the shares p for which the score test does not reject, i.e. the
 * roots of |p̂ − p| = z·√(p(1 − p)/n), found by bisection on each side of p̂ (no closed formula).
 */
export function wilsonOracle(share: number, n: number, z: number): { lower: number; upper: number } {
  const rejects = (p: number) => Math.abs(share - p) > z * Math.sqrt((p * (1 - p)) / n);
  const bisect = (inside: number, outside: number) => {
    for (let step = 0; step < 200; step++) {
      const middle = (inside + outside) / 2;
      if (rejects(middle)) outside = middle;
      else inside = middle;
    }
    return inside;
  };
  return {
    lower: share === 0 || !rejects(0) ? 0 : bisect(share, 0),
    upper: share === 1 || !rejects(1) ? 1 : bisect(share, 1),
  };
}

/** The adjusted-Wald NPS interval as Rocks (2016) writes it, from counts the oracle made itself. */
export function npsIntervalOracle(scores: number[], z: number): { lower: number; upper: number } {
  const n = scores.length + 3;
  const promoters = (scores.filter((score) => score >= 9).length + 0.75) / n;
  const detractors = (scores.filter((score) => score <= 6).length + 0.75) / n;
  const centre = promoters - detractors;
  const variance = (promoters + detractors - centre ** 2) / n;
  const bound = (value: number) => Math.max(-100, Math.min(100, value * 100));
  return { lower: bound(centre - z * Math.sqrt(variance)), upper: bound(centre + z * Math.sqrt(variance)) };
}

/**
 * TRANSFER by its definition: every row whose receiver is named gives its whole amount to that row, summed
 * as exact rationals of the amounts' 15-digit readings; untouched rows keep their value as given.
 */
export function transferOracle(amounts: number[], names: string[], receivers: string[]): number[] {
  const sums = amounts.map((amount) => Rational.of(amount));
  const touched = amounts.map(() => false);
  receivers.forEach((receiver, index) => {
    if (receiver === "") return;
    const target = names.indexOf(receiver);
    sums[target] = sums[target].add(sums[index]);
    sums[index] = new Rational(0n);
    touched[target] = touched[index] = true;
  });
  return sums.map((sum, index) => (touched[index] ? sum.toNumber() : amounts[index]));
}
