/**
 * One reading per distinct cell value: a survey column holds a handful of distinct answers over a million
 * cells, so each cell should cost an identity check, not a parse. The first few distinct values are kept
 * in a short list scanned by identity (faster than hashing for the few answers a question has); the
 * rest in a map.
 */
import { ExcelValue } from "./cells";

const SHORT_LIST = 8;

export function readOnce<T>(read: (cell: ExcelValue) => T): (cell: ExcelValue) => T {
  const values: ExcelValue[] = [];
  const readings: T[] = [];
  const more = new Map<ExcelValue, T>();
  return (cell) => {
    for (let index = 0; index < values.length; index++) if (values[index] === cell) return readings[index];
    let reading = more.get(cell);
    if (reading !== undefined || more.has(cell)) return reading as T;
    reading = read(cell);
    if (values.length < SHORT_LIST) {
      values.push(cell);
      readings.push(reading);
    } else more.set(cell, reading);
    return reading;
  };
}
