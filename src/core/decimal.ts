/**
 * Exact decimal arithmetic for money and people. A number reaches us as a binary double; Excel keeps 15
 * significant digits, so that is how we read it: 0.825 is 0.825 (not 0.82499999…) and a total computed as
 * =0,1+0,2 is 0.3. The value is then an exact integer count of 10^exponent.
 */
export interface Decimal {
  readonly units: bigint;
  readonly exponent: number;
}

/** Excel's precision: 15 significant digits. */
export const EXCEL_DIGITS = 15;

export function toDecimal(value: number): Decimal {
  // Whole numbers of at most 15 digits are read as they are; the common case (populations, kroner) stays fast.
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return { units: BigInt(value), exponent: 0 };
  const [mantissa, exponentText = "0"] = value.toPrecision(EXCEL_DIGITS).toLowerCase().split("e");
  const [integerPart, fraction = ""] = mantissa.split(".");
  const digits = fraction.replace(/0+$/, "");
  return { units: BigInt(integerPart + digits), exponent: Number(exponentText) - digits.length };
}

const POWERS: bigint[] = [];
export const powerOfTen = (exponent: number): bigint => (POWERS[exponent] ??= 10n ** BigInt(exponent));

/** Expresses decimals as integers of one common scale, 10^exponent, so they can be compared and summed. */
export function toCommonScale(values: readonly Decimal[]): { units: bigint[]; exponent: number } {
  // A loop, not Math.min(...values): a spread of a million arguments overflows the call stack.
  let exponent = 0;
  for (const value of values) if (value.exponent < exponent) exponent = value.exponent;
  return {
    units: values.map((value) =>
      value.exponent === exponent ? value.units : value.units * powerOfTen(value.exponent - exponent),
    ),
    exponent,
  };
}

/** The number of 10^-decimals units in a value, when it is a whole number of them; undefined otherwise. */
export function wholeUnits(value: Decimal, decimals: number): bigint | undefined {
  const shift = value.exponent + decimals;
  if (shift >= 0) return value.units * powerOfTen(shift);
  const divisor = powerOfTen(-shift);
  return value.units % divisor === 0n ? value.units / divisor : undefined;
}

/** The double nearest to units × 10^-decimals: what Excel should show for an exact decimal. */
export const fromUnits = (units: bigint | number, decimals: number): number => Number(`${units}e${-decimals}`);

/** a − b as the decimals the user typed: 0.39 − 0.34 is 0.05, not 0.04999999999999999. */
export function subtractExactly(a: number, b: number): number {
  const { units, exponent } = toCommonScale([toDecimal(a), toDecimal(b)]);
  return fromUnits(units[0] - units[1], -exponent);
}

/** numerator ÷ denominator (denominator > 0) as the nearest double, however large the integers are. */
export function ratioToNumber(numerator: bigint, denominator: bigint): number {
  const magnitude = numerator < 0n ? -numerator : numerator;
  // Scale so the integer quotient carries about 64 significant bits, then divide out the scale as a power of 2.
  const shift = BigInt(Math.max(0, 64 - (magnitude.toString(2).length - denominator.toString(2).length)));
  const quotient = Number(((magnitude << shift) / denominator).toString());
  const result = quotient / 2 ** Number(shift);
  return numerator < 0n ? -result : result;
}
