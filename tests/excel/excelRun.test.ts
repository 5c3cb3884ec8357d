import { excelRun } from "../../src/excel/workbook";

describe("excelRun", () => {
  const realExcel = (globalThis as { Excel?: unknown }).Excel;
  afterEach(() => Object.assign(globalThis, { Excel: realExcel }));

  it("asks Excel for one undo group per operation", async () => {
    const calls: unknown[] = [];
    Object.assign(globalThis, {
      Excel: {
        run: (options: unknown, batch: (context: string) => Promise<string>) => (calls.push(options), batch("context")),
      },
    });
    expect(await excelRun(async (context) => `ran with ${context}`)).toBe("ran with context");
    expect(calls).toEqual([{ mergeUndoGroup: true }]);
  });

  it("runs ungrouped where Excel cannot undo the batch, and passes other errors on", async () => {
    const calls: string[] = [];
    Object.assign(globalThis, {
      Excel: {
        run: (first: unknown, second?: unknown) => {
          calls.push(second ? "grouped" : "plain");
          if (second) return Promise.reject(Object.assign(new Error("no undo"), { code: "UndoNotSupported" }));
          return (first as () => Promise<string>)();
        },
      },
    });
    expect(await excelRun(async () => "done")).toBe("done");
    expect(calls).toEqual(["grouped", "plain"]);

    Object.assign(globalThis, {
      Excel: { run: () => Promise.reject(Object.assign(new Error("locked"), { code: "AccessDenied" })) },
    });
    await expect(excelRun(async () => "never")).rejects.toThrow("locked");
  });
});
