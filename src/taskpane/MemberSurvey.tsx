import { Button, Checkbox, Field, Label, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { MemberSurveyRead } from "../excel/gateway";
import { SURVEY_ROLES, SurveyColumns, SurveyProblem } from "../sheets/memberSurveyData";
import { useExcel } from "./ExcelContext";
import { useWords } from "./WordsContext";
import { ActionResult, useAction } from "./useAction";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  statements: { display: "flex", flexDirection: "column" },
});

type Words = ReturnType<typeof useWords>["pane"];

function problemText(problem: SurveyProblem, text: Words): string {
  switch (problem.kind) {
    case "empty":
      return text.surveyEmpty;
    case "missing":
      return text.surveyMissing(text.surveyRoles[problem.role]);
    case "sameColumn":
      return text.surveySame(problem.header);
    case "notScale":
      return text.surveyNotScale(problem.header, problem.value);
    case "oneGroup":
      return text.surveyOneGroup(problem.header, problem.value);
    case "oneYear":
      return text.surveyOneYear(problem.header, problem.value);
  }
}

/** The columns as chosen so far; a part not chosen is "", which the report names as missing. */
const chosenColumns = (columns: Partial<SurveyColumns>): SurveyColumns => ({
  ...(Object.fromEntries(SURVEY_ROLES.map((role) => [role, columns[role] ?? ""])) as Omit<SurveyColumns, "statements">),
  statements: columns.statements ?? [],
});

/**
 * KL's member survey as a report: select the answers table, read it, check the column proposed for each
 * part and the statements, and make the report on a new sheet of live formulas and charts.
 */
export function MemberSurvey() {
  const excel = useExcel();
  const words = useWords();
  const text = words.pane;
  const styles = useStyles();
  const [read, setRead] = useState<MemberSurveyRead | undefined>();
  const [columns, setColumns] = useState<Partial<SurveyColumns>>({});
  const { busy, message, run } = useAction();

  const readSelection = () =>
    run(async () => {
      const found = await excel.readMemberSurvey();
      if (found.answers === 0) {
        setRead(undefined);
        return { intent: "error", text: text.surveyEmpty };
      }
      setRead(found);
      setColumns(found.proposal);
      return { intent: "info", text: text.surveyReadDone(found.answers, found.headers.length) };
    });

  const makeReport = () =>
    run(async () => {
      const outcome = await excel.addMemberSurveyReport(chosenColumns(columns), words.language);
      if (outcome.problem) return { intent: "error", text: problemText(outcome.problem, text) };
      return { intent: "success", text: text.surveyMade(outcome.sheetName ?? "", outcome.tableName ?? "") };
    });

  return (
    <div className={styles.form}>
      <Text>{text.surveyHelp}</Text>
      <Button disabled={busy} onClick={readSelection}>
        {text.surveyRead}
      </Button>
      {read && <SurveyColumnFields headers={read.headers} columns={columns} onChange={setColumns} />}
      {read && (
        <Button appearance="primary" disabled={busy} onClick={makeReport}>
          {text.surveyButton}
        </Button>
      )}
      <ActionResult message={message} />
    </div>
  );
}

/** A drop-down of the table's columns per part, and a check box per column for the statements. */
function SurveyColumnFields(props: {
  headers: string[];
  columns: Partial<SurveyColumns>;
  onChange: (columns: Partial<SurveyColumns>) => void;
}) {
  const { headers, columns, onChange } = props;
  const text = useWords().pane;
  const styles = useStyles();
  const statements = columns.statements ?? [];
  const toggle = (header: string, checked: boolean) =>
    onChange({
      ...columns,
      statements: checked
        ? headers.filter((each) => each === header || statements.includes(each))
        : statements.filter((each) => each !== header),
    });
  return (
    <>
      {SURVEY_ROLES.map((role) => (
        <Field key={role} label={text.surveyRoles[role]}>
          <Select value={columns[role] ?? ""} onChange={(_, data) => onChange({ ...columns, [role]: data.value })}>
            <option value="">{text.surveyChoose}</option>
            {headers.map((header) => (
              <option key={header} value={header}>
                {header}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      {/* A group, not a Field: a Field gives every check box inside it its one id. */}
      <div role="group" aria-labelledby="survey-statements" className={styles.statements}>
        <Label id="survey-statements">{text.surveyRoles.statements}</Label>
        {headers.map((header) => (
          <Checkbox
            key={header}
            label={header}
            checked={statements.includes(header)}
            onChange={(_, data) => toggle(header, data.checked === true)}
          />
        ))}
      </div>
    </>
  );
}
