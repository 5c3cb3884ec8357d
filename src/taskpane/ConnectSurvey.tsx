import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ConnectionOutcome, GoalRow, SurveyExportRead } from "../excel/gateway";
import { ExportProblem, yearName } from "../goals/connection";
import { parseTableName } from "../sheets/connectionPlan";
import { registerNeeded, registerPlan } from "../sheets/registerSheet";
import { HUB_NAMES } from "../goals";
import { ConfirmMessage, PaneMessage } from "./ConfirmMessage";
import { useExcel } from "./ExcelContext";
import { useWords } from "./WordsContext";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

type Words = ReturnType<typeof useWords>["pane"];

/** The years the workbook has goal tables for, latest first; this year's when it has none. */
function yearsOf(rows: readonly GoalRow[]): number[] {
  const years = new Set(rows.map((row) => parseTableName(row.tableName)?.year).filter((year) => year !== undefined));
  const list = [...years].sort((a, b) => b - a);
  return list.length > 0 ? list : [new Date().getFullYear()];
}

function problemText(problem: ExportProblem, year: number, text: Words): string {
  switch (problem.kind) {
    case "noGoalTable":
      return text.connectNoGoalTable(year);
    case "noHeader":
      return text.connectNoHeader;
    case "duplicateHeaders":
      return text.connectDuplicateHeader(problem.header);
    case "mixedYears":
      return text.connectMixedYears(problem.header, problem.years.join(", "), year);
  }
}

/** What a connection did, or what stands in its way. */
function outcomeMessage(outcome: ConnectionOutcome, text: Words): PaneMessage {
  if (outcome.doubleMapping) {
    const { header, inputs } = outcome.doubleMapping;
    return { intent: "error", text: text.connectDouble(header, inputs.join(", ")) };
  }
  if (!outcome.connected) {
    const cells = outcome.plan.conflicts.map((conflict) => conflict.address).join(", ");
    return { intent: "warning", text: text.connectConflicts(cells), confirm: true };
  }
  const { connected, waiting } = outcome.plan;
  return { intent: "success", text: text.connected(connected.length, outcome.tableName, waiting.length) };
}

/**
 * The analyst's yearly step: select the export, read it, check the column proposed for each input, and
 * connect, so every computed goal of the year gets its live value and interval.
 */
export function ConnectSurvey({ rows, onConnected }: { rows: GoalRow[]; onConnected: () => void }) {
  const excel = useExcel();
  const text = useWords().pane;
  const styles = useStyles();
  const years = yearsOf(rows);
  const [chosenYear, setYear] = useState<number | undefined>();
  const year = chosenYear ?? years[0];
  const [read, setRead] = useState<SurveyExportRead | undefined>();
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<PaneMessage | undefined>();

  async function readSelection() {
    setMessage(undefined);
    try {
      const found = await excel.readSurveyExport(year);
      if (found.problem) {
        setRead(undefined);
        setMessage({ intent: "error", text: problemText(found.problem, year, text) });
        return;
      }
      setRead(found);
      setMapping(
        Object.fromEntries(found.inputs.flatMap((input) => (input.proposed ? [[input.name.da, input.proposed]] : []))),
      );
      setMessage({ intent: "info", text: text.connectReadDone(found.headers.length, found.goalTables.length) });
    } catch (error) {
      setMessage({ intent: "error", text: text.excelError((error as Error).message) });
    }
  }

  async function connect(overwrite: boolean) {
    try {
      const outcome = await excel.connectSurvey({ year, mapping, overwrite });
      setMessage(outcomeMessage(outcome, text));
      if (outcome.connected) onConnected();
    } catch (error) {
      setMessage({ intent: "error", text: text.excelError((error as Error).message) });
    }
  }

  return (
    <div className={styles.form}>
      <Text>{text.connectHelp}</Text>
      <Field label={text.connectYear}>
        <Select
          value={String(year)}
          onChange={(_, data) => {
            setYear(Number(data.value));
            setRead(undefined);
          }}
        >
          {years.map((each) => (
            <option key={each} value={each}>
              {each}
            </option>
          ))}
        </Select>
      </Field>
      <Button onClick={readSelection}>{text.connectRead}</Button>
      <RegisterButton rows={rows} year={year} onMessage={setMessage} />
      {read && <InputColumns read={read} year={year} mapping={mapping} onChange={setMapping} />}
      {read && (
        <Button appearance="primary" onClick={() => connect(false)}>
          {text.connectButton}
        </Button>
      )}
      <ConfirmMessage message={message} onReplace={() => connect(true)} onCancel={() => setMessage(undefined)} />
    </div>
  );
}

/** Lays out the register the year's spread goals need, when they need one: the area's municipalities to fill in. */
function RegisterButton(props: { rows: GoalRow[]; year: number; onMessage: (message: PaneMessage) => void }) {
  const excel = useExcel();
  const words = useWords();
  const need = registerNeeded(props.rows, props.year);
  if (!need) return null;
  const layOut = async () => {
    try {
      const { sheetName } = await excel.addSheet(registerPlan(need, words.language));
      props.onMessage({ intent: "success", text: words.pane.connectRegisterMade(sheetName) });
    } catch (error) {
      props.onMessage({ intent: "error", text: words.pane.excelError((error as Error).message) });
    }
  };
  return <Button onClick={layOut}>{words.pane.connectRegisterSheet(HUB_NAMES[need.hub], need.year)}</Button>;
}

/** A drop-down of the export's columns per input; the inputs not from the export are named with their origin. */
function InputColumns(props: {
  read: SurveyExportRead;
  year: number;
  mapping: Record<string, string>;
  onChange: (mapping: Record<string, string>) => void;
}) {
  const { read, year, mapping, onChange } = props;
  const text = useWords().pane;
  return (
    <>
      {read.inputs.map((input) => {
        const name = input.name.da;
        if (input.origin === "previousYear") {
          return <Text key={name}>{text.connectPreviousYear(name, yearName("cvr", year - 1))}</Text>;
        }
        const hint = input.origin === "register" ? text.connectRegister : undefined;
        return (
          <Field key={name} label={text.connectColumnFor(name, input.goals.length)} hint={hint}>
            <Select
              value={mapping[name] ?? ""}
              onChange={(_, data) => {
                const { [name]: _old, ...rest } = mapping;
                onChange(data.value === "" ? rest : { ...rest, [name]: data.value });
              }}
            >
              <option value="">{text.connectNotInExport}</option>
              {read.headers.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
    </>
  );
}
