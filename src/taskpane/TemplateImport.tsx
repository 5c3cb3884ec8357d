import { Button, Field, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ChangeEvent, useState } from "react";
import { GoalTemplate, parseTemplateFile } from "../goals";
import { ErrorList } from "./ErrorList";
import { useExcel } from "./ExcelContext";
import { useWords } from "./WordsContext";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

type Outcome =
  { ok: true; count: number; name: string; goals: GoalTemplate[] } | { ok: false; name: string; errors: string[] };

/** Loads a secretariat's own template file, or shows why it cannot. */
export function TemplateImport({ onLoaded }: { onLoaded: (fileName: string, goals: GoalTemplate[]) => void }) {
  const words = useWords();
  const text = words.pane;
  const excel = useExcel();
  const styles = useStyles();
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [placed, setPlaced] = useState<string | undefined>();

  /** Writes the loaded file's goals into the Egne mål sheet, saying what a row could not hold. */
  async function putInSheet(goals: GoalTemplate[]) {
    try {
      const { sheetName, added, simplified } = await excel.openOwnGoals(words.language, goals);
      const done = text.putInSheetDone(added, sheetName);
      setPlaced(simplified.length > 0 ? `${done} ${text.simplified(simplified.join(", "))}` : done);
    } catch (error) {
      setPlaced(text.excelError((error as Error).message));
    }
  }

  async function load(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const name = file.name.replace(/\.json$/i, "");
    const result = parseTemplateFile(await readText(file), words.language);
    if (result.ok) {
      onLoaded(name, result.goals);
      setOutcome({ ok: true, count: result.goals.length, name, goals: result.goals });
    } else {
      setOutcome({ ok: false, name: file.name, errors: result.errors });
    }
  }

  return (
    <div className={styles.form}>
      <Text>{text.templateHelp}</Text>
      <Field label={text.templateFile}>
        {(fieldProps) => <input {...fieldProps} type="file" accept=".json,application/json" onChange={load} />}
      </Field>
      {outcome?.ok && (
        <>
          <MessageBar intent="success">
            <MessageBarBody>{text.templateLoaded(outcome.count, outcome.name)}</MessageBarBody>
          </MessageBar>
          <Button onClick={() => putInSheet(outcome.goals)}>{text.putInSheet}</Button>
          {placed && <Text>{placed}</Text>}
        </>
      )}
      {outcome && !outcome.ok && <ErrorList heading={text.templateErrors(outcome.name)} errors={outcome.errors} />}
    </div>
  );
}

/** FileReader rather than Blob.text(): older Office webviews lack the latter. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}
