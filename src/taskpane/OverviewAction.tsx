import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useExcel } from "./ExcelContext";
import { useWords } from "./WordsContext";
import { ActionResult, useAction } from "./useAction";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  button: { alignSelf: "flex-start" },
});

/** Builds the "Overblik" sheet for the KKR meeting: counts, averages, a chart, print settings. */
export function OverviewAction() {
  const excel = useExcel();
  const words = useWords();
  const text = words.pane;
  const styles = useStyles();
  const { busy, message, run } = useAction();

  const build = () =>
    run(async () => {
      const { sheetName, tables } = await excel.buildOverview(words.language);
      return { intent: "success", text: text.overviewBuilt(sheetName, tables) };
    });

  return (
    <div className={styles.form}>
      <Text>{text.overviewHelp}</Text>
      <Button className={styles.button} disabled={busy} onClick={build}>
        {text.buildOverview}
      </Button>
      <ActionResult message={message} />
    </div>
  );
}
