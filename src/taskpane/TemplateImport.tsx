import { Field, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ChangeEvent, useState } from "react";
import { GoalTemplate, parseTemplateFile } from "../goals";
import { useStrings } from "./StringsContext";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Outcome = { ok: true; count: number; name: string } | { ok: false; name: string; errors: string[] };

/** Loads a secretariat's own template file, or shows why it cannot. */
export function TemplateImport({ onLoaded }: { onLoaded: (fileName: string, goals: GoalTemplate[]) => void }) {
  const text = useStrings();
  const styles = useStyles();
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  async function load(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const name = file.name.replace(/\.json$/i, "");
    const result = parseTemplateFile(await readText(file), text.language);
    if (result.ok) {
      onLoaded(name, result.goals);
      setOutcome({ ok: true, count: result.goals.length, name });
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
        <MessageBar intent="success">
          <MessageBarBody>{text.templateLoaded(outcome.count, outcome.name)}</MessageBarBody>
        </MessageBar>
      )}
      {outcome && !outcome.ok && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {text.templateErrors(outcome.name)}
            <ul className={styles.errors}>
              {outcome.errors.slice(0, 20).map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
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
