/**
 * Exact decimal arithmetic for money and people. A number typed in Excel reaches us as a binary double;
 * its shortest round-trip text ("0.825", not 0.82499999…) is what the user typed, so that is the value
 * we compute with, as an integer count of 10^exponent.
 */
export interface Decimal {
  readonly units: bigint;
  readonly exponent: number;
}

export function toDecimal(value: number): Decimal {
  const [mantissa, exponentText = "0"] = String(value).toLowerCase().split("e");
  const [integerPart, fraction = ""] = mantissa.split(".");
  return { units: BigInt(integerPart + fraction), exponent: Number(exponentText) - fraction.length };
}

export const powerOfTen = (exponent: number): bigint => 10n ** BigInt(exponent);

/** Expresses decimals as integers of one common scale, 10^exponent, so they can be compared and summed. */
export function toCommonScale(values: readonly Decimal[]): { units: bigint[]; exponent: number } {
  const exponent = Math.min(0, ...values.map((value) => value.exponent));
  return { units: values.map((value) => value.units * powerOfTen(value.exponent - exponent)), exponent };
}

/** The number of 10^-decimals units in a non-negative value, rounded half up, as Excel's ROUND does. */
export function roundToUnits(value: Decimal, decimals: number): bigint {
  const shift = value.exponent + decimals;
  if (shift >= 0) return value.units * powerOfTen(shift);
  const divisor = powerOfTen(-shift);
  const quotient = value.units / divisor;
  return 2n * (value.units % divisor) >= divisor ? quotient + 1n : quotient;
}

/** The double nearest to units × 10^-decimals: what Excel should show for an exact decimal. */
export const fromUnits = (units: bigint, decimals: number): number => Number(`${units}e${-decimals}`);

/** a − b as the decimals the user typed: 0.39 − 0.34 is 0.05, not 0.04999999999999999. */
export function subtractExactly(a: number, b: number): number {
  const { units, exponent } = toCommonScale([toDecimal(a), toDecimal(b)]);
  return fromUnits(units[0] - units[1], -exponent);
}
