import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { AREA_NAMES, Area, parseArea } from "../core";
import { allocationPlan, areaTitle, quotaPlan } from "../sheets/financeSheets";
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

/** The finance staff's jobs: an allocation sheet or a quota sheet for an area, laid out on a new sheet. */
export function FinanceSheets() {
  const excel = useExcel();
  const words = useWords();
  const text = words.pane;
  const styles = useStyles();
  const [value, setValue] = useState("");
  const { busy, message, run } = useAction();
  const area = AREAS.find((candidate) => candidate.value === value)?.area;
  const quotaArea = area === undefined || area.kind === "region" ? area : null;

  const create = (kind: "allocation" | "quota") =>
    run(async () => {
      const plan =
        kind === "allocation"
          ? allocationPlan(area, words.language)
          : quotaPlan(quotaArea ?? undefined, words.language);
      const { sheetName } = await excel.addSheet(plan);
      return {
        intent: "success",
        text: kind === "allocation" ? text.allocationMade(sheetName) : text.quotaMade(sheetName),
      };
    });

  return (
    <div className={styles.form}>
      <Text>{text.financeHelp}</Text>
      <Field label={text.area} hint={quotaArea === null ? text.quotaPerRegion : undefined}>
        <Select value={value} onChange={(_, data) => setValue(data.value)}>
          {AREAS.map((candidate) => (
            <option key={candidate.value} value={candidate.value}>
              {candidate.area ? areaTitle(candidate.area, words.language) : text.wholeCountry}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.buttons}>
        <Button disabled={busy} onClick={() => create("allocation")}>
          {text.newAllocation}
        </Button>
        <Button disabled={busy || quotaArea === null} onClick={() => create("quota")}>
          {text.newQuota}
        </Button>
      </div>
      <ActionResult message={message} />
    </div>
  );
}
