import { readChoice, readPickerChoice, savePickerChoice } from "../../src/excel/paneSettings";
import { FakeExcel } from "../fakes/fakeExcel";

describe("the picker's choice kept in the workbook's settings", () => {
  it("saves a choice in one sync and reads it back in one", async () => {
    const excel = new FakeExcel();
    await savePickerChoice(excel.run, { sourceId: "rammeaftale-2021-2023", year: 2022, hub: "fyn", segment: "drift" });
    expect(excel.syncCount).toBe(1);
    // Stored as JSON text, the one value kind every Excel keeps in a setting.
    expect(excel.settings.get("KKR.picker")).toBe(
      '{"sourceId":"rammeaftale-2021-2023","year":2022,"hub":"fyn","segment":"drift"}',
    );
    expect(await readPickerChoice(excel.run)).toEqual({
      sourceId: "rammeaftale-2021-2023",
      year: 2022,
      hub: "fyn",
      segment: "drift",
    });
    expect(excel.syncCount).toBe(2);
  });

  it("reads nothing from a workbook without the setting", async () => {
    expect(await readPickerChoice(new FakeExcel().run)).toBeUndefined();
  });

  it.each([
    ["text that is no JSON", "{sourceId"],
    ["no source", '{"year":2022}'],
    ["a year that is no whole number", '{"sourceId":"x","year":"2022"}'],
    ["null", "null"],
    ["a number", 7],
  ])("takes a setting that is %s as no choice", (_, value) => {
    expect(readChoice(value)).toBeUndefined();
  });

  it("drops a hub or segment it does not know, keeping the rest", () => {
    expect(readChoice('{"sourceId":"x","year":2022,"hub":"Fyn","segment":"start"}')).toEqual({
      sourceId: "x",
      year: 2022,
    });
  });
});
