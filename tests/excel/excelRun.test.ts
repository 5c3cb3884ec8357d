import { excelRun } from "../../src/excel/run";

describe("excelRun", () => {
  const real = {
    Excel: (globalThis as { Excel?: unknown }).Excel,
    Office: (globalThis as { Office?: unknown }).Office,
  };
  afterEach(() => Object.assign(globalThis, real));

  /** An Excel whose ExcelApi goes up to 1.`minor`, recording the options each run gets. */
  function excelUpTo(minor: number, calls: unknown[]) {
    Object.assign(globalThis, {
      Office: {
        context: {
          requirements: {
            isSetSupported: (set: string, wanted: string) =>
              set === "ExcelApi" && Number(wanted.split(".")[1]) <= minor,
          },
        },
      },
      Excel: {
        run: (options: unknown, batch: (context: string) => Promise<string>) => (calls.push(options), batch("context")),
      },
    });
  }

  it("groups an import into one undo step and waits for cell edits where Excel supports both", async () => {
    const calls: unknown[] = [];
    excelUpTo(20, calls);
    expect(await excelRun(async (context) => `ran with ${context}`, { undoGroup: true })).toBe("ran with context");
    expect(await excelRun(async () => "read")).toBe("read");
    expect(calls).toEqual([{ delayForCellEdit: true, mergeUndoGroup: true }, { delayForCellEdit: true }]);
  });

  it("asks older Excel for neither", async () => {
    const calls: unknown[] = [];
    excelUpTo(9, calls);
    await excelRun(async () => "done", { undoGroup: true });
    expect(calls).toEqual([{}]);
  });

  it("never runs a failed batch again", async () => {
    let runs = 0;
    Object.assign(globalThis, {
      Office: { context: { requirements: { isSetSupported: () => true } } },
      Excel: { run: () => (runs++, Promise.reject(Object.assign(new Error("no undo"), { code: "UndoNotSupported" }))) },
    });
    await expect(excelRun(async () => "never", { undoGroup: true })).rejects.toThrow("no undo");
    expect(runs).toBe(1);
  });

  it("runs in a given request context, as removing an event handler needs", async () => {
    const calls: unknown[] = [];
    Object.assign(globalThis, {
      Excel: {
        run: (context: unknown, batch: (context: unknown) => Promise<string>) => (calls.push(context), batch(context)),
      },
    });
    const context = { name: "the handler's context" } as unknown as Excel.RequestContext;
    await excelRun(async () => "removed", { context });
    expect(calls).toEqual([context]);
  });
});
