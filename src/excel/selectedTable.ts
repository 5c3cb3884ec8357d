/**
 * The selection as the data a flow reads: the table it lies in, or the range itself, which the flow then
 * makes a table under a free name, so its formulas refer to the columns by structured reference.
 */
import { blockAddress, parseAddress } from "../sheets/addresses";

/** Whether block `outer` contains block `inner`, both sheet-qualified addresses. */
export function contains(outer: string, inner: string): boolean {
  const [a, b] = [parseAddress(outer), parseAddress(inner)];
  return (
    a.sheet === b.sheet &&
    b.row >= a.row &&
    b.column >= a.column &&
    b.row + b.rows <= a.row + a.rows &&
    b.column + b.columns <= a.column + a.columns
  );
}

/** "KKREksport_2022", or "KKREksport_2022_2" … where a table has the name. */
export function freeTableName(taken: readonly string[], wanted: string): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const candidate = `${wanted}${n === 1 ? "" : `_${n}`}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

export function makeTable(context: Excel.RequestContext, address: string, name: string): void {
  const { sheet, ...block } = parseAddress(address);
  const table = context.workbook.worksheets.getItem(sheet as string).tables.add(blockAddress(block), true);
  table.name = name;
}
