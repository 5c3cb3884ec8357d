import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { GoalStatus } from "../goals";
import { LOCALES } from "../locale";
import type { GoalRow } from "../excel/gateway";
import { useExcel } from "./ExcelContext";
import { useWords } from "./WordsContext";

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  // The status on a line of its own above the title and the button: a long status ("Ikke opfyldt, inden for
  // usikkerheden") beside them would squeeze the title into a sliver at 320 px.
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    "& > :first-child": { gridColumn: "1 / -1" },
  },
  title: { minWidth: 0, display: "flex", flexDirection: "column", overflowWrap: "anywhere" },
  details: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  missed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  missedUncertain: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  partlyMet: { color: tokens.colorPaletteMarigoldForeground2, fontWeight: tokens.fontWeightSemibold },
  metUncertain: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  refresh: { alignSelf: "flex-start" },
});

/** The statuses the review lists, worst first; the workbook holds their Danish labels. */
const FLAGGED = ["missed", "missedUncertain", "partlyMet", "metUncertain"] as const satisfies readonly GoalStatus[];
/** A status text in either language: a table keeps the language it was made in. */
const statusOf = (label: string) =>
  FLAGGED.find((status) => LOCALES.da.statuses[status] === label || LOCALES.en.statuses[status] === label);

/** Every goal missed, partly met or met only within the uncertainty, each with a way to its cell. */
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
  const words = useWords();
  const text = words.pane;
  const styles = useStyles();
  const flagged = rows
    .map((row) => ({ row, status: statusOf(row.status) }))
    .filter((entry): entry is { row: GoalRow; status: (typeof FLAGGED)[number] } => entry.status !== undefined)
    .sort((a, b) => FLAGGED.indexOf(a.status) - FLAGGED.indexOf(b.status));
  const count = (...statuses: GoalStatus[]) => flagged.filter((entry) => statuses.includes(entry.status)).length;

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
      <Text role="status">
        {text.reviewSummary(count("missed"), count("partlyMet"), count("missedUncertain", "metUncertain"))}
      </Text>
      <ul className={styles.list} aria-label={text.reviewHeading}>
        {flagged.map(({ row, status }) => (
          <li key={row.statusAddress} className={styles.item}>
            <span className={styles[status]}>{words.statuses[status]}</span>
            <span className={styles.title}>
              {row.title}
              <span className={styles.details}>
                {text.reviewDetails(row.sheetName, row.actualText, row.thresholdText)}
              </span>
            </span>
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
