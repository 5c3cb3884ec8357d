/**
 * What the pane remembers per workbook: the last source, year, hub and segment chosen, kept in the
 * workbook's own settings (saved with the file, ExcelApi 1.4), so the pane opens where the user left this
 * workbook and a colleague's workbook opens where they left it. 1 sync to read, 1 to save.
 */
import { HUBS, Hub, SEGMENTS, Segment } from "../goals";
import { ExcelRun } from "./run";

export interface PickerChoice {
  sourceId: string;
  year: number;
  hub?: Hub;
  segment?: Segment;
}

const KEY = "KKR.picker";

/** A stored choice, if it is one: anything else (an older or edited setting) is no choice. */
export function readChoice(value: unknown): PickerChoice | undefined {
  let parsed: unknown = value;
  if (typeof value === "string") {
    try {
      parsed = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  const { sourceId, year, hub, segment } = (parsed ?? {}) as Record<string, unknown>;
  if (typeof sourceId !== "string" || typeof year !== "number" || !Number.isInteger(year)) return undefined;
  const knownHub = (HUBS as readonly unknown[]).includes(hub) ? (hub as Hub) : undefined;
  const knownSegment = (SEGMENTS as readonly unknown[]).includes(segment) ? (segment as Segment) : undefined;
  return { sourceId, year, ...(knownHub ? { hub: knownHub } : {}), ...(knownSegment ? { segment: knownSegment } : {}) };
}

export async function readPickerChoice(run: ExcelRun): Promise<PickerChoice | undefined> {
  return run(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(KEY);
    item.load("value");
    await context.sync();
    return item.isNullObject ? undefined : readChoice(item.value);
  });
}

export async function savePickerChoice(run: ExcelRun, choice: PickerChoice): Promise<void> {
  return run(async (context) => {
    context.workbook.settings.add(KEY, JSON.stringify(choice));
    await context.sync();
  });
}
