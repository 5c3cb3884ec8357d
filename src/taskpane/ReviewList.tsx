import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { STATUS_LABELS } from "../goals";
import { GoalRow } from "../excel/workbook";
import { useExcel } from "./ExcelContext";
import { useStrings } from "./StringsContext";

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  title: { flex: 1, minWidth: 0 },
  missed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  partly: { color: tokens.colorPaletteMarigoldForeground2, fontWeight: tokens.fontWeightSemibold },
  refresh: { alignSelf: "flex-start" },
});

const FLAGGED = [STATUS_LABELS.missed.da, STATUS_LABELS.partlyMet.da];

/** Every missed and partly met goal in the workbook's goal tables, each with a way to its cell. */
export function ReviewList({
  rows,
  loaded,
  error,
  onRefresh,
}: {
  rows: GoalRow[];
  loaded: boolean;
  error?: string;
  onRefresh: () => void;
}) {
  const excel = useExcel();
  const text = useStrings();
  const styles = useStyles();
  const flagged = rows.filter((row) => FLAGGED.includes(row.status));
  const missed = flagged.filter((row) => row.status === STATUS_LABELS.missed.da).length;
  const statusText = (status: string) =>
    status === STATUS_LABELS.missed.da ? STATUS_LABELS.missed[text.language] : STATUS_LABELS.partlyMet[text.language];

  if (!loaded) return null;
  const refresh = (
    <Button size="small" className={styles.refresh} onClick={onRefresh}>
      {text.refresh}
    </Button>
  );
  if (error) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{error}</MessageBarBody>
      </MessageBar>
    );
  }
  if (rows.length === 0) return <Text>{text.reviewNoTables}</Text>;
  if (flagged.length === 0) {
    return (
      <>
        <Text>{text.reviewEmpty}</Text>
        {refresh}
      </>
    );
  }
  return (
    <>
      <Text role="status">{text.reviewSummary(missed, flagged.length - missed)}</Text>
      <ul className={styles.list}>
        {flagged.map((row) => (
          <li key={row.statusAddress} className={styles.item}>
            <span className={row.status === STATUS_LABELS.missed.da ? styles.missed : styles.partly}>
              {statusText(row.status)}
            </span>
            <span className={styles.title}>{row.title}</span>
            <Button
              size="small"
              aria-label={text.goToLabel(row.title)}
              onClick={() => excel.goToCell(row.statusAddress)}
            >
              {text.goTo}
            </Button>
          </li>
        ))}
      </ul>
      {refresh}
    </>
  );
}
