/**
 * TRANSFER: applies what a KKR agreed on top of the model. Each row whose receiver is filled hands its
 * amount to the row with that name (Bornholm taking over seven municipalities' quotas in 2022); the
 * result has the shape of the amounts and, summed exactly, the same total. A row no takeover touches comes
 * out exactly as it went in (=1/3 stays the double it is); the rows that give or receive are summed as exact
 * decimals of Excel's 15 digits. Names are matched as the register knows them ("Århus" is Aarhus, "Hillerød
 * Kommune" is Hillerød), other names ignoring case and spaces.
 */
import { ARGUMENT } from "./argumentNames";
import { Grid, cellErrorAt, isBlank, notANumber, requireGrid, requireSameShape, reshapeLike, showCell } from "./cells";
import { fromUnits, toCommonScale, toDecimal } from "./decimal";
import { municipalityNamed, nameKey } from "./municipalities";

/** One key per place a user means: a municipality by its code, whatever its spelling; other names as typed. */
function placeKey(name: unknown): string | undefined {
  if (typeof name === "number") return `#${name}`;
  if (typeof name !== "string") return undefined;
  const municipality = municipalityNamed(name);
  return municipality ? `code ${municipality.code}` : nameKey(name);
}

export function transfer(amountGrid: Grid, nameGrid: Grid, receiverGrid: Grid): number[][] {
  const amounts = requireGrid(amountGrid, ARGUMENT.amounts);
  requireSameShape(amounts, ARGUMENT.amounts, nameGrid, ARGUMENT.names);
  requireSameShape(amounts, ARGUMENT.amounts, receiverGrid, ARGUMENT.receivers);
  const names = nameGrid.flat();
  const receivers = receiverGrid.flat();

  const rowByName = new Map<string, number>();
  names.forEach((name, index) => {
    if (isBlank(name)) return;
    const key = placeKey(name);
    if (key === undefined) {
      throw cellErrorAt(ARGUMENT.names, nameGrid, index, {
        da: `${showCell(name).da} er ikke et navn; skriv kommunens navn.`,
        en: `${showCell(name).en} is not a name; write the municipality's name.`,
      });
    }
    if (rowByName.has(key)) {
      throw cellErrorAt(ARGUMENT.names, nameGrid, index, {
        da: `${showCell(name).da} står to gange; en modtager skal kunne findes entydigt.`,
        en: `${showCell(name).en} occurs twice; a receiver must be found unambiguously.`,
      });
    }
    rowByName.set(key, index);
  });

  const values = amounts.flat().map((cell, index) => {
    if (typeof cell === "number" && Number.isFinite(cell)) return cell;
    throw cellErrorAt(ARGUMENT.amounts, amounts, index, notANumber(cell));
  });
  // Exact decimals of one scale, so the total is the same to the last øre, not a float hair off.
  const { units, exponent } = toCommonScale(values.map(toDecimal));
  const result = [...units];
  const touched = values.map(() => false);
  receivers.forEach((receiver, index) => {
    if (isBlank(receiver)) return;
    const key = placeKey(receiver);
    const target = key === undefined ? undefined : rowByName.get(key);
    const problem = (da: string, en: string) => cellErrorAt(ARGUMENT.receivers, receiverGrid, index, { da, en });
    const shown = showCell(receiver);
    if (target === undefined) {
      throw problem(`${shown.da} findes ikke blandt kommunerne.`, `${shown.en} is not among the municipalities.`);
    }
    if (target === index)
      throw problem(`rækken kan ikke overdrage til sig selv.`, `the row cannot hand over to itself.`);
    if (!isBlank(receivers[target])) {
      throw problem(
        `${shown.da} overdrager selv videre; lad modtageren beholde sit antal, eller peg direkte på den endelige modtager.`,
        `${shown.en} hands on itself; let the receiver keep its amount, or point straight at the final receiver.`,
      );
    }
    result[target] += result[index];
    result[index] = 0n;
    touched[target] = touched[index] = true;
  });
  return reshapeLike(
    amounts,
    result.map((value, index) => (touched[index] ? fromUnits(value, -exponent) : values[index])),
  );
}
