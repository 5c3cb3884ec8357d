import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { GoalRow, LinkResult } from "../excel/gateway";
import { showValue } from "../locale";
import { ConfirmMessage, PaneMessage } from "./ConfirmMessage";
import { useExcel } from "./ExcelContext";
import { useWords } from "./WordsContext";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** Points a goal's actual value at the cell the user selected elsewhere, asking before replacing a value. */
export function LinkActual({ rows, onLinked }: { rows: GoalRow[]; onLinked: () => void }) {
  const excel = useExcel();
  const words = useWords();
  const text = words.pane;
  const styles = useStyles();
  const [key, setKey] = useState("");
  const [message, setMessage] = useState<PaneMessage | undefined>();
  const row = rows.find((candidate) => `${candidate.tableName}|${candidate.goalId}` === key) ?? rows[0];

  async function link(overwrite: boolean) {
    if (!row) return;
    try {
      const result = await excel.linkActual({ tableName: row.tableName, goalId: row.goalId }, overwrite);
      setMessage(describe(result));
      if (result.linked) onLinked();
    } catch (error) {
      setMessage({ intent: "error", text: text.excelError((error as Error).message) });
    }
  }

  function describe(result: LinkResult): PaneMessage {
    if (result.linked) return { intent: "success", text: text.linked(result.formula) };
    switch (result.reason) {
      case "occupied":
        return { intent: "warning", text: text.linkOccupied(showValue(result.current, words.language)), confirm: true };
      case "notOneCell":
        return { intent: "error", text: text.linkNotOneCell };
      case "sameCell":
        return { intent: "error", text: text.linkSameCell };
      case "goalNotFound":
        return { intent: "error", text: text.linkGoalNotFound };
    }
  }

  if (rows.length === 0) return null;
  return (
    <div className={styles.form}>
      <Text>{text.linkHelp}</Text>
      <Field label={text.linkGoal}>
        <Select value={row ? `${row.tableName}|${row.goalId}` : ""} onChange={(_, data) => setKey(data.value)}>
          {rows.map((candidate) => (
            <option
              key={`${candidate.tableName}|${candidate.goalId}`}
              value={`${candidate.tableName}|${candidate.goalId}`}
            >
              {candidate.sheetName}: {candidate.title}
            </option>
          ))}
        </Select>
      </Field>
      <Button onClick={() => link(false)}>{text.linkButton}</Button>
      <ConfirmMessage message={message} onReplace={() => link(true)} onCancel={() => setMessage(undefined)} />
    </div>
  );
}
