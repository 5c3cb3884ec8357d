import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useExcel } from "./ExcelContext";
import { useStrings } from "./StringsContext";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  button: { alignSelf: "flex-start" },
});

/** Builds the "Overblik" sheet for the KKR meeting: counts, averages, a chart, print settings. */
export function OverviewAction() {
  const excel = useExcel();
  const text = useStrings();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ intent: "success" | "error"; text: string } | undefined>();

  async function build() {
    setBusy(true);
    setMessage(undefined);
    try {
      const { sheetName, tables } = await excel.buildOverview(text.language);
      setMessage({ intent: "success", text: text.overviewBuilt(sheetName, tables) });
    } catch (error) {
      setMessage({ intent: "error", text: text.excelError((error as Error).message) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.form}>
      <Text>{text.overviewHelp}</Text>
      <Button className={styles.button} disabled={busy} onClick={build}>
        {text.buildOverview}
      </Button>
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
