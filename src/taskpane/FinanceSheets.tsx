import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { AREA_NAMES, Area, parseArea } from "../core";
import { Locale } from "../locale";
import { councilPlan } from "../sheets/councilSheet";
import { deficitPlan } from "../sheets/deficitGuarantee";
import { SheetPlan, allocationPlan, areaTitle, quotaPlan } from "../sheets/financeSheets";
import { twoStepPlan } from "../sheets/twoStepSheet";
import { useExcel } from "./ExcelContext";
import { useWords } from "./WordsContext";
import { ActionResult, useAction } from "./useAction";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** "" is the whole country; the rest are the regions and the hub areas that are not regions. */
const AREAS: { value: string; area?: Area }[] = [
  { value: "" },
  ...AREA_NAMES.map((name) => ({ value: name, area: parseArea(name) })),
];

type Region = Extract<Area, { kind: "region" }>;
type Pane = Locale["pane"];

/**
 * The sheets a finance officer or KKR secretary lays out: for which areas each one exists (quotas for the
 * whole country or a region, the KKR's composition for a region), its plan (made on the click, not on every
 * render), and what the pane says after.
 */
const SHEETS: {
  label: (text: Pane) => string;
  available: (area: Area | undefined) => boolean;
  plan: (area: Area | undefined, language: Locale["language"]) => SheetPlan;
  made: (text: Pane, sheet: string) => string;
}[] = [
  {
    label: (text) => text.newAllocation,
    available: () => true,
    plan: (area, language) => allocationPlan(area, language),
    made: (text, sheet) => text.allocationMade(sheet),
  },
  {
    label: (text) => text.newTwoStep,
    available: () => true,
    plan: (area, language) => twoStepPlan(area, language),
    made: (text, sheet) => text.twoStepMade(sheet),
  },
  {
    label: (text) => text.newQuota,
    available: (area) => area?.kind !== "hub",
    plan: (area, language) => quotaPlan(area as Region | undefined, language),
    made: (text, sheet) => text.quotaMade(sheet),
  },
  {
    label: (text) => text.newDeficit,
    available: () => true,
    plan: (area, language) => deficitPlan(area, language),
    made: (text, sheet) => text.deficitMade(sheet),
  },
  {
    label: (text) => text.newCouncil,
    available: (area) => area?.kind === "region",
    plan: (area, language) => councilPlan(area as Region, language),
    made: (text, sheet) => text.councilMade(sheet),
  },
];

/** The finance staff's and the secretariat's sheets for an area, each laid out on a new sheet. */
export function FinanceSheets() {
  const excel = useExcel();
  const words = useWords();
  const text = words.pane;
  const styles = useStyles();
  const [value, setValue] = useState("");
  const { busy, message, run } = useAction();
  const area = AREAS.find((candidate) => candidate.value === value)?.area;
  const hint = area?.kind === "hub" ? text.quotaPerRegion : area === undefined ? text.councilPerRegion : undefined;

  const create = (sheet: (typeof SHEETS)[number]) =>
    run(async () => {
      const { sheetName } = await excel.addSheet(sheet.plan(area, words.language));
      return { intent: "success", text: sheet.made(text, sheetName) };
    });

  return (
    <div className={styles.form}>
      <Text>{text.financeHelp}</Text>
      <Field label={text.area} hint={hint}>
        <Select value={value} onChange={(_, data) => setValue(data.value)}>
          {AREAS.map((candidate) => (
            <option key={candidate.value} value={candidate.value}>
              {candidate.area ? areaTitle(candidate.area, words.language) : text.wholeCountry}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.buttons}>
        {SHEETS.map((sheet) => (
          <Button key={sheet.label(text)} disabled={busy || !sheet.available(area)} onClick={() => create(sheet)}>
            {sheet.label(text)}
          </Button>
        ))}
      </div>
      <ActionResult message={message} />
    </div>
  );
}
