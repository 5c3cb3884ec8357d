/**
 * An in-memory Excel for tests: the subset of the Excel JavaScript API the add-in uses, built on
 * office-addin-mock so a property read without load() and context.sync() fails as it would in Excel.
 * Writes are queued and applied at sync, in order, like a real batch; every sync and every write is
 * counted and logged, so tests can assert both the workbook's content and how many round trips it took.
 * The same file is bundled into the browser test's stand-in for office.js.
 */
import { OfficeMockObject } from "office-addin-mock";
import { CellBlock, blockAddress, cellAddress, parseAddress, sheetReference } from "../../src/sheets/addresses";

type Cell = string | number | boolean;
type Anything = any;

export interface FakeCell {
  formula: Cell;
  /** What Excel computed; tests set it for formula cells, since the fake does not calculate. */
  value: Cell;
  numberFormat: string;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  conditionalFormats: { address: string; formula: string; fill: string; font: string }[];
  /** Bold, fill and wrap set on ranges, in the order set. */
  formats: { address: string; bold?: boolean; fill?: string; wrap?: boolean; width?: number; vertical?: string }[];
  frozenRows: number;
  charts: FakeChart[];
  /** Print settings, as set through pageLayout. */
  print: {
    orientation?: string;
    zoom?: unknown;
    titleRows?: string;
    titleColumns?: string;
    leftFooter?: string;
    rightFooter?: string;
    area?: string;
  };
}

export interface FakeChart {
  name: string;
  type: string;
  source: string;
  title: string;
  position?: [string, string];
}

export interface FakeTable {
  name: string;
  style: string;
  sheet: FakeSheet;
  /** Header row included. */
  block: CellBlock;
  /** The user filtered the table: its rows may be hidden, and Excel refuses new rows (office-js#994). */
  filtered?: boolean;
}

export type Operation = Record<string, unknown> & { op: string };

export class FakeExcel {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  /** The workbook's settings (workbook.settings, saved with the file): key -> value. */
  settings = new Map<string, unknown>();
  /** Workbook names: name -> sheet-qualified address. */
  names = new Map<string, string>();
  log: Operation[] = [];
  syncCount = 0;
  /** The user's selection, as Excel reports it. */
  selection = "Ark1!A1";
  activeSheet = "Ark1";
  private pending: (() => void)[] = [];
  private mocks: OfficeMockObject[] = [];
  /** Set while office-addin-mock itself assigns properties (load, sync): those are not the add-in's writes. */
  private mockBusy = false;
  private changeHandlers = new Set<() => Promise<void> | void>();

  constructor(sheetNames: string[] = ["Ark1"]) {
    sheetNames.forEach((name) => this.sheets.push(this.newSheet(name)));
  }

  /** Excel.run, as the add-in's ExcelRun expects it. */
  run = async <T>(batch: (context: Anything) => Promise<T>): Promise<T> => {
    this.mocks = [];
    return batch(this.context());
  };

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  cell(sheetName: string, address: string): FakeCell | undefined {
    const { row, column } = parseAddress(address);
    return this.sheet(sheetName).cells.get(cellAddress(row, column));
  }

  /** The user typing into cells (fires the change handlers as Excel would). */
  async type(sheetName: string, address: string, values: Cell[][]): Promise<void> {
    this.writeCells(this.sheet(sheetName), address, values, "formula");
    await Promise.all([...this.changeHandlers].map((handler) => handler()));
  }

  /** Sets what Excel would have calculated for formula cells. */
  calculated(sheetName: string, address: string, values: Cell[][]): void {
    this.writeCells(this.sheet(sheetName), address, values, "value");
  }

  private newSheet(name: string): FakeSheet {
    return { name, cells: new Map(), conditionalFormats: [], formats: [], frozenRows: 0, charts: [], print: {} };
  }

  private writeCells(
    sheet: FakeSheet,
    address: string,
    values: Cell[][],
    what: "formula" | "value" | "numberFormat",
  ): void {
    const { row, column, rows, columns } = parseAddress(address);
    if (values.length !== rows || values.some((line) => line.length !== columns)) {
      throw new Error(`fake Excel: ${values.length}×${values[0]?.length} values for ${address}`);
    }
    values.forEach((line, r) =>
      line.forEach((value, c) => {
        const key = cellAddress(row + r, column + c);
        const cell = sheet.cells.get(key) ?? { formula: "", value: "", numberFormat: "General" };
        if (what === "formula") {
          cell.formula = value;
          cell.value = typeof value === "string" && value.startsWith("=") ? "" : value;
        } else if (what === "value") cell.value = value;
        else cell.numberFormat = String(value);
        sheet.cells.set(key, cell);
      }),
    );
  }

  private readCells(sheet: FakeSheet, block: CellBlock, what: keyof FakeCell): Cell[][] {
    return Array.from({ length: block.rows }, (_, r) =>
      Array.from({ length: block.columns }, (_, c) => {
        const cell = sheet.cells.get(cellAddress(block.row + r, block.column + c));
        return cell ? cell[what] : what === "numberFormat" ? "General" : "";
      }),
    );
  }

  /** A mock object whose listed properties queue a write when assigned outside a sync. */
  private mock(data: Record<string, unknown>, writes: Record<string, (value: Anything) => void> = {}): Anything {
    const mock = new OfficeMockObject(data) as Anything;
    for (const [property, onWrite] of Object.entries(writes)) {
      let current = mock[property];
      Object.defineProperty(mock, property, {
        get: () => current,
        set: (value) => {
          current = value;
          if (!this.mockBusy) this.pending.push(() => onWrite(value));
        },
      });
    }
    const load = mock.load.bind(mock);
    mock.load = (properties: unknown) => this.asMock(() => load(properties));
    this.mocks.push(mock);
    return mock;
  }

  private queue(operation: Operation, apply: () => void = () => undefined): void {
    this.pending.push(() => {
      this.log.push(operation);
      apply();
    });
  }

  private async sync(): Promise<void> {
    this.syncCount++;
    const work = this.pending;
    this.pending = [];
    work.forEach((apply) => apply());
    this.mockBusy = true;
    try {
      for (const mock of this.mocks) await mock.sync();
    } finally {
      this.mockBusy = false;
    }
  }

  private asMock<T>(work: () => T): T {
    this.mockBusy = true;
    try {
      return work();
    } finally {
      this.mockBusy = false;
    }
  }

  private rangeOf(sheet: FakeSheet, address: string): Anything {
    const block = parseAddress(address);
    const full = `${sheetReference(sheet.name)}!${blockAddress(block)}`;
    const range = this.mock(
      {
        address: full,
        values: this.readCells(sheet, block, "value"),
        // What Excel displays; the fake shows numbers plainly, formatted cells as tests set them.
        text: this.readCells(sheet, block, "value").map((line) => line.map(String)),
        formulas: this.readCells(sheet, block, "formula"),
        numberFormat: this.readCells(sheet, block, "numberFormat"),
        cellCount: block.rows * block.columns,
        conditionalFormats: {
          clearAll: () =>
            this.queue({ op: "clearConditionalFormats", sheet: sheet.name, address: blockAddress(block) }, () => {
              sheet.conditionalFormats = sheet.conditionalFormats.filter(
                (format) => format.address !== blockAddress(block),
              );
            }),
          add: (type: string) => {
            const format = { custom: { rule: { formula: "" }, format: { fill: { color: "" }, font: { color: "" } } } };
            this.queue({ op: "addConditionalFormat", sheet: sheet.name, address: blockAddress(block), type }, () => {
              const entry = {
                address: blockAddress(block),
                formula: format.custom.rule.formula,
                fill: format.custom.format.fill.color,
                font: format.custom.format.font.color,
              };
              sheet.conditionalFormats.push(entry);
              Object.assign(this.log[this.log.length - 1], entry);
            });
            return format;
          },
        },
        getCell: (row: number, column: number) =>
          this.rangeOf(sheet, cellAddress(block.row + row, block.column + column)),
        clear: () =>
          this.queue({ op: "clear", sheet: sheet.name, address: blockAddress(block) }, () => {
            for (let r = 0; r < block.rows; r++) {
              for (let c = 0; c < block.columns; c++) sheet.cells.delete(cellAddress(block.row + r, block.column + c));
            }
          }),
        getColumnsAfter: (count = 1) =>
          this.rangeOf(sheet, blockAddress({ ...block, column: block.column + block.columns, columns: count })),
        select: () =>
          this.queue({ op: "select", sheet: sheet.name, address: blockAddress(block) }, () => {
            this.selection = full;
            this.activeSheet = sheet.name;
          }),
      },
      {
        formulas: (values: Cell[][]) =>
          this.record({ op: "setFormulas", sheet: sheet.name, address: blockAddress(block), formulas: values }, () =>
            this.writeCells(sheet, blockAddress(block), values, "formula"),
          ),
        values: (values: Cell[][]) =>
          this.record({ op: "setValues", sheet: sheet.name, address: blockAddress(block), values }, () =>
            this.writeCells(sheet, blockAddress(block), values, "formula"),
          ),
        numberFormat: (formats: string[][]) =>
          this.record({ op: "setNumberFormat", sheet: sheet.name, address: blockAddress(block), formats }, () =>
            this.writeCells(sheet, blockAddress(block), formats, "numberFormat"),
          ),
      },
    );
    // Formats are plain properties the add-in sets before a sync; what it set is logged at the sync.
    const format = {
      autofitColumns: () => this.queue({ op: "autofitColumns", sheet: sheet.name, address: blockAddress(block) }),
      autofitRows: () => this.queue({ op: "autofitRows", sheet: sheet.name, address: blockAddress(block) }),
      font: {} as { bold?: boolean },
      fill: {} as { color?: string },
      wrapText: undefined as boolean | undefined,
      columnWidth: undefined as number | undefined,
      verticalAlignment: undefined as string | undefined,
    };
    Object.defineProperty(range, "format", { value: format });
    Object.defineProperty(range, "worksheet", { get: () => this.sheetProxy(sheet) });
    const dataValidation = { rule: undefined as unknown };
    Object.defineProperty(range, "dataValidation", { value: dataValidation });
    this.pending.push(() => {
      if (dataValidation.rule !== undefined) {
        this.log.push({
          op: "dataValidation",
          sheet: sheet.name,
          address: blockAddress(block),
          rule: dataValidation.rule,
        });
      }
    });
    // For the fake's own use (names, charts): the address without a load and a sync.
    Object.defineProperty(range, "fakeAddress", { value: full });
    this.pending.push(() => {
      const set = {
        bold: format.font.bold,
        fill: format.fill.color,
        wrap: format.wrapText,
        width: format.columnWidth,
        vertical: format.verticalAlignment,
      };
      if (Object.values(set).some((value) => value !== undefined)) {
        this.log.push({ op: "format", sheet: sheet.name, address: blockAddress(block), ...set });
        sheet.formats.push({ address: blockAddress(block), ...set });
      }
    });
    return range;
  }

  private record(operation: Operation, apply: () => void): void {
    this.log.push(operation);
    apply();
  }

  private sheetProxy(sheet: FakeSheet): Anything {
    const proxy = this.mock({
      name: sheet.name,
      getRange: (address: string) => this.rangeOf(sheet, address),
      activate: () => this.queue({ op: "activate", sheet: sheet.name }, () => (this.activeSheet = sheet.name)),
      freezePanes: {
        freezeRows: (count: number) =>
          this.queue({ op: "freezeRows", sheet: sheet.name, count }, () => (sheet.frozenRows = count)),
      },
      tables: {
        add: (address: string, hasHeaders: boolean) => {
          const table: FakeTable = { name: "", style: "", sheet, block: parseAddress(address) };
          const tableProxy = this.tableProxy(table);
          this.queue({ op: "addTable", sheet: sheet.name, address, hasHeaders }, () => {
            if (this.tables.some((other) => other.sheet === sheet && overlaps(other.block, table.block))) {
              throw new Error("fake Excel: tables overlap");
            }
            this.tables.push(table);
          });
          return tableProxy;
        },
      },
    });
    // Plain objects, not mocks: the add-in's writes to them are read at the sync.
    Object.defineProperty(proxy, "charts", { value: this.chartsOf(sheet) });
    Object.defineProperty(proxy, "pageLayout", { value: this.pageLayoutOf(sheet) });
    return proxy;
  }

  private tableProxy(table: FakeTable): Anything {
    const body = (): CellBlock => ({ ...table.block, row: table.block.row + 1, rows: table.block.rows - 1 });
    const proxy = this.mock(
      {
        name: table.name,
        style: table.style,
        getDataBodyRange: () => this.rangeOf(table.sheet, blockAddress(body())),
        getRange: () => this.rangeOf(table.sheet, blockAddress(table.block)),
        getHeaderRowRange: () => this.rangeOf(table.sheet, blockAddress({ ...table.block, rows: 1 })),
        columns: {
          add: (_index: number | undefined, values: Cell[][]) =>
            this.queue({ op: "addColumn", table: table.name, values }, () => {
              const right = { ...table.block, column: table.block.column + table.block.columns, columns: 1 };
              if (values.length !== table.block.rows) throw new Error("fake Excel: column values do not fit the table");
              if (
                this.readCells(table.sheet, right, "formula")
                  .flat()
                  .some((cell) => cell !== "")
              )
                throw new Error("fake Excel: columns.add would need to shift cells");
              this.writeCells(table.sheet, blockAddress(right), values, "formula");
              table.block = { ...table.block, columns: table.block.columns + 1 };
            }),
        },
        rows: {
          add: (_index: number | undefined, values: Cell[][]) =>
            this.queue({ op: "addRows", table: table.name, values }, () => {
              if (table.filtered) throw new Error("fake Excel: rows cannot be added to a filtered table");
              const end = table.block.row + table.block.rows;
              const below = this.readCells(table.sheet, { ...table.block, row: end, rows: values.length }, "formula");
              if (below.flat().some((cell) => cell !== ""))
                throw new Error("fake Excel: rows.add would need to shift cells");
              this.writeCells(
                table.sheet,
                blockAddress({ ...table.block, row: end, rows: values.length }),
                values,
                "formula",
              );
              table.block = { ...table.block, rows: table.block.rows + values.length };
            }),
        },
      },
      {
        name: (name: string) => this.record({ op: "nameTable", name }, () => (table.name = name)),
        style: (style: string) =>
          this.record({ op: "styleTable", table: table.name, style }, () => (table.style = style)),
      },
    );
    proxy.worksheet = this.sheetProxy(table.sheet);
    Object.defineProperty(proxy, "isNullObject", { value: false });
    Object.defineProperty(proxy, "autoFilter", { value: this.mock({ isDataFiltered: table.filtered === true }) });
    return proxy;
  }

  /** Charts: add one over a range, find one by name, delete it. Title and position are read at the sync. */
  private chartsOf(sheet: FakeSheet): Anything {
    const proxyOf = (chart: FakeChart): Anything => {
      const proxy = {
        name: chart.name,
        title: { text: chart.title },
        isNullObject: false,
        setPosition: (start: string, end: string) => this.pending.push(() => (chart.position = [start, end])),
        delete: () =>
          this.queue({ op: "deleteChart", sheet: sheet.name, name: chart.name }, () => {
            sheet.charts = sheet.charts.filter((other) => other !== chart);
          }),
        load: () => proxy,
      };
      this.pending.push(() => {
        chart.name = proxy.name;
        chart.title = proxy.title.text;
      });
      return proxy;
    };
    return {
      add: (type: string, source: Anything, seriesBy: string) => {
        const chart: FakeChart = { name: "", type, source: source.fakeAddress, title: "" };
        this.queue({ op: "addChart", sheet: sheet.name, type, source: source.fakeAddress, seriesBy }, () =>
          sheet.charts.push(chart),
        );
        return proxyOf(chart);
      },
      getItemOrNullObject: (name: string) => {
        const chart = sheet.charts.find((candidate) => candidate.name === name);
        if (chart) return proxyOf(chart);
        const nothing = { load: () => nothing, isNullObject: true };
        return nothing;
      },
    };
  }

  /** Print settings the add-in sets; applied at the sync. */
  private pageLayoutOf(sheet: FakeSheet): Anything {
    const layout = {
      orientation: undefined as string | undefined,
      zoom: undefined as unknown,
      headersFooters: {
        defaultForAllPages: {
          leftFooter: undefined as string | undefined,
          rightFooter: undefined as string | undefined,
        },
      },
      setPrintTitleRows: (rows: string) => this.pending.push(() => (sheet.print.titleRows = rows)),
      setPrintTitleColumns: (columns: string) => this.pending.push(() => (sheet.print.titleColumns = columns)),
      setPrintArea: (area: string) => this.pending.push(() => (sheet.print.area = area)),
    };
    this.pending.push(() => {
      const footer = layout.headersFooters.defaultForAllPages;
      const set = {
        orientation: layout.orientation,
        zoom: layout.zoom,
        leftFooter: footer.leftFooter,
        rightFooter: footer.rightFooter,
      };
      for (const [key, value] of Object.entries(set))
        if (value !== undefined) Object.assign(sheet.print, { [key]: value });
    });
    return layout;
  }

  /** A collection whose items, after load("items/x, items/y") and a sync, have x and y loaded. */
  private collection(create: () => Anything[]): Anything {
    let items: Anything[] | undefined;
    const collection = {
      load: (properties = "") => {
        const wanted = properties
          .split(",")
          .map((property) => property.trim().replace(/^items\//, ""))
          .filter(Boolean);
        this.pending.push(() => {
          items = create();
          items.forEach((item) => wanted.forEach((property) => item.load(property)));
        });
        return collection;
      },
      get items(): Anything[] {
        if (!items) throw new Error("fake Excel: collection items read without load() and sync()");
        return items;
      },
    };
    return collection;
  }

  private context(): Anything {
    const worksheets = Object.assign(
      this.collection(() => this.sheets.map((sheet) => this.sheetProxy(sheet))),
      {
        add: (name: string) => {
          const sheet = this.newSheet(name);
          this.queue({ op: "addSheet", name }, () => {
            if (this.sheets.some((other) => other.name.toLowerCase() === name.toLowerCase())) {
              throw new Error(`fake Excel: a sheet named ${name} exists`);
            }
            this.sheets.push(sheet);
          });
          return this.sheetProxy(sheet);
        },
        getItem: (name: string) => this.sheetProxy(this.sheet(name)),
        getActiveWorksheet: () => this.sheetProxy(this.sheet(this.activeSheet)),
        onChanged: {
          add: (handler: () => Promise<void>) => {
            this.pending.push(() => this.changeHandlers.add(handler));
            return {
              context: { sync: async () => this.sync() },
              remove: () => this.pending.push(() => this.changeHandlers.delete(handler)),
            };
          },
        },
      },
    );
    const tables = this.collection(() => this.tables.map((table) => this.tableProxy(table)));
    tables.getItemOrNullObject = (name: string) => {
      const table = this.tables.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
      if (table) return this.tableProxy(table);
      const nothing = { load: () => nothing };
      Object.defineProperty(nothing, "isNullObject", { value: true });
      return nothing;
    };
    tables.getItem = (name: string) => {
      const table = this.tables.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
      if (!table) throw new Error(`fake Excel: no table ${name}`);
      return this.tableProxy(table);
    };
    // A name refers to a range (stored as its address) or to a formula such as a table column ("=T[Col]").
    const names = Object.assign(
      this.collection(() => [...this.names.keys()].map((name) => this.mock({ name }))),
      {
        add: (name: string, reference: Anything) => {
          const target = typeof reference === "string" ? reference : reference.fakeAddress;
          this.queue({ op: "addName", name, reference: target }, () => {
            if (this.names.has(name)) throw new Error(`fake Excel: the name ${name} exists`);
            this.names.set(name, target);
          });
        },
        getItem: (name: string) => {
          if (!this.names.has(name)) throw new Error(`fake Excel: no name ${name}`);
          return { delete: () => this.queue({ op: "deleteName", name }, () => this.names.delete(name)) };
        },
        getItemOrNullObject: (name: string) => {
          const address = this.names.get(name);
          if (address === undefined) {
            const nothing: Anything = { load: () => nothing, isNullObject: true };
            return nothing;
          }
          const { sheet } = parseAddress(address);
          return {
            isNullObject: false,
            load: () => undefined,
            getRange: () => this.rangeOf(this.sheet(sheet as string), address.slice(address.lastIndexOf("!") + 1)),
            delete: () => this.queue({ op: "deleteName", name }, () => this.names.delete(name)),
          };
        },
      },
    );
    const settings = {
      getItemOrNullObject: (key: string) => {
        const found = this.settings.has(key);
        const item: Anything = { isNullObject: !found, value: this.settings.get(key), load: () => item };
        return item;
      },
      add: (key: string, value: unknown) =>
        this.queue({ op: "addSetting", key, value }, () => this.settings.set(key, value)),
    };
    return {
      workbook: {
        worksheets,
        tables,
        names,
        settings,
        getSelectedRange: () => {
          const { sheet } = parseAddress(this.selection);
          return this.rangeOf(
            this.sheet(sheet ?? this.activeSheet),
            this.selection.slice(this.selection.lastIndexOf("!") + 1),
          );
        },
      },
      sync: () => this.sync(),
    };
  }
}

const overlaps = (a: CellBlock, b: CellBlock): boolean =>
  a.row < b.row + b.rows &&
  b.row < a.row + a.rows &&
  a.column < b.column + b.columns &&
  b.column < a.column + a.columns;
