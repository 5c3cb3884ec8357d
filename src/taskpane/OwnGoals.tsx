import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { GoalTemplate } from "../goals";
import { ErrorList } from "./ErrorList";
import { useExcel } from "./ExcelContext";
import { useWords } from "./WordsContext";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Outcome =
  { kind: "read"; goals: GoalTemplate[] } | { kind: "errors"; errors: string[] } | { kind: "info"; text: string };

/** The template file format's name for a file of own goals. */
const FILE_NAME = "egne-maal.json";

/** Own goals written in the "Egne mål" sheet: make the sheet, read and check it, save it as a template file. */
export function OwnGoals({ onLoaded }: { onLoaded: (name: string, goals: GoalTemplate[]) => void }) {
  const excel = useExcel();
  const words = useWords();
  const text = words.pane;
  const styles = useStyles();
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [busy, setBusy] = useState(false);

  async function act(work: () => Promise<Outcome>) {
    setBusy(true);
    try {
      setOutcome(await work());
    } catch (error) {
      setOutcome({ kind: "errors", errors: [text.excelError((error as Error).message)] });
    } finally {
      setBusy(false);
    }
  }

  const open = () =>
    act(async () => ({
      kind: "info",
      text: text.ownGoalsOpened((await excel.openOwnGoals(words.language)).sheetName),
    }));

  const read = () =>
    act(async () => {
      const result = await excel.readOwnGoals();
      if (!result.found) return { kind: "info", text: text.ownGoalsMissing };
      if (result.errors.length > 0) return { kind: "errors", errors: result.errors };
      onLoaded(text.ownGoalsSource, result.goals);
      return { kind: "read", goals: result.goals };
    });

  function save(goals: GoalTemplate[]) {
    const file = new Blob([`${JSON.stringify({ goals }, null, 2)}\n`], { type: "application/json" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(file);
    link.download = FILE_NAME;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  return (
    <div className={styles.form}>
      <Text>{text.ownGoalsHelp}</Text>
      <div className={styles.buttons}>
        <Button disabled={busy} onClick={open}>
          {text.ownGoalsOpen}
        </Button>
        <Button disabled={busy} onClick={read}>
          {text.ownGoalsRead}
        </Button>
      </div>
      {outcome?.kind === "info" && (
        <MessageBar intent="info">
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "read" && (
        <>
          <MessageBar intent="success">
            <MessageBarBody>{text.ownGoalsLoaded(outcome.goals.length)}</MessageBarBody>
          </MessageBar>
          <Button onClick={() => save(outcome.goals)}>{text.ownGoalsSave(FILE_NAME)}</Button>
        </>
      )}
      {outcome?.kind === "errors" && <ErrorList heading={text.ownGoalsErrors} errors={outcome.errors} />}
    </div>
  );
}
