import { Button, Field, Select, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import {
  GoalInForce,
  HUBS,
  HUB_NAMES,
  Hub,
  SEGMENTS,
  Segment,
  describeComputation,
  formatMeasure,
  goalsFor,
} from "../goals";
import { tableName } from "../sheets/goalTable";
import { useExcel } from "./ExcelContext";
import { PaneSource } from "./sources";
import { useWords } from "./WordsContext";
import { ActionResult, useAction } from "./useAction";
import { useRememberedChoice } from "./useRememberedChoice";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, "& > *": { flex: 1, minWidth: 0 } },
  // A bordered box with a hint below, so it is plain that the list scrolls.
  list: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXL}`,
    maxHeight: "240px",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  quote: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  threshold: { color: tokens.colorNeutralForeground3 },
  computation: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
});

/** About how many goals the list shows before it scrolls. */
const SHOWN_WITHOUT_SCROLL = 5;

export function GoalPicker({ sources, onImported }: { sources: PaneSource[]; onImported: () => void }) {
  const words = useWords();
  const text = words.pane;
  const styles = useStyles();
  const [{ sourceId, year, hub, segment }, change] = useRememberedChoice(sources);
  const source = sources.find((candidate) => candidate.id === sourceId) ?? sources[0];

  const chosenYear = source?.years.includes(year) ? year : (source?.years[0] ?? 0);
  const chosenHub = source?.hub ?? (hub || undefined);
  const goals = useMemo(
    () =>
      source
        ? goalsFor({ source: source.id, year: chosenYear, hub: chosenHub, segment: segment || undefined }, source.goals)
        : [],
    [source, chosenYear, chosenHub, segment],
  );

  const { busy, message, insert, showYears } = useImportActions(
    { year: chosenYear, hub: chosenHub, segment: segment || undefined },
    goals,
    onImported,
  );

  return (
    <div className={styles.form}>
      <Text>{text.intro}</Text>
      <Field label={text.source}>
        <Select value={source?.id} onChange={(_, data) => change({ sourceId: data.value })}>
          {sources.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.title}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field label={text.year}>
          <Select value={String(chosenYear)} onChange={(_, data) => change({ year: Number(data.value) })}>
            {source?.years.map((candidate) => (
              <option key={candidate}>{candidate}</option>
            ))}
          </Select>
        </Field>
        <Field label={text.segment}>
          <Select value={segment} onChange={(_, data) => change({ segment: data.value as Segment | "" })}>
            <option value="">{text.allSegments}</option>
            {SEGMENTS.map((candidate) => (
              <option key={candidate}>{candidate}</option>
            ))}
          </Select>
        </Field>
      </div>
      <HubField fixed={source?.hub} hub={hub} onChange={(chosen) => change({ hub: chosen })} />
      <GoalList goals={goals} />
      <Button appearance="primary" disabled={busy || goals.length === 0} onClick={() => source && insert(source)}>
        {busy ? <Spinner size="tiny" label={text.inserting} /> : text.insert}
      </Button>
      {source && source.years.length > 1 && (
        <Button disabled={busy} onClick={() => showYears(source)}>
          {text.showYears(source.years[0], source.years[source.years.length - 1])}
        </Button>
      )}
      <ActionResult message={message} />
    </div>
  );
}

/** The hub: fixed by a result contract, else the user's choice (blank for the national figures). */
function HubField({ fixed, hub, onChange }: { fixed?: Hub; hub: Hub | ""; onChange: (hub: Hub | "") => void }) {
  const text = useWords().pane;
  return (
    <Field label={text.hub} hint={fixed ? text.hubFixed(HUB_NAMES[fixed]) : text.hubChoice}>
      <Select
        value={fixed ?? hub}
        disabled={fixed !== undefined}
        onChange={(_, data) => onChange(data.value as Hub | "")}
      >
        <option value="">{text.allHubs}</option>
        {HUBS.map((candidate) => (
          <option key={candidate} value={candidate}>
            {HUB_NAMES[candidate]}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The goals in force: title, thresholds, how the actual value is obtained, and the source's wording. */
function GoalList({ goals }: { goals: readonly GoalInForce[] }) {
  const words = useWords();
  const text = words.pane;
  const styles = useStyles();
  const thresholds = (goal: GoalInForce) =>
    goal.measure === "qualitative"
      ? `(${text.manual})`
      : `(${goal.levels.map((level) => formatMeasure(goal.measure, goal.comparator, level.threshold, words.language)).join(" / ")}${goal.perMonth ? ` ${words.goalTable.perMonth}` : ""})`;
  return (
    <>
      <Text weight="semibold">{goals.length > 0 ? text.goalsInForce(goals.length) : text.noGoals}</Text>
      {/* Scrollable, so reachable by keyboard too. */}
      <ul className={styles.list} aria-label={text.goalsInForce(goals.length)} tabIndex={0}>
        {goals.map((goal) => (
          <li key={goal.id}>
            {goal.title[words.language]} <span className={styles.threshold}>{thresholds(goal)}</span>
            {goal.pending && <span className={styles.threshold}> · {words.goalTable.pending}</span>}
            {goal.computation && (
              <span className={styles.computation}>
                {text.actualFrom} {describeComputation(goal, words.language)}
              </span>
            )}
            <details>
              <summary className={styles.hint}>{text.quote}</summary>
              <span className={styles.quote}>
                “{goal.source.quote}” ({goal.source.section})
              </span>
              {/* How the add-in reads the goal where the source leaves it open (the catalogue's notes are Danish). */}
              {goal.note && (
                <span className={styles.computation}>
                  {text.readingNote} {goal.note}
                </span>
              )}
            </details>
          </li>
        ))}
      </ul>
      {goals.length > SHOWN_WITHOUT_SCROLL && <Text className={styles.hint}>{text.scrollHint(goals.length)}</Text>}
    </>
  );
}

/** Inserting the goals in force, and showing every year of the source side by side. */
function useImportActions(
  choice: { year: number; hub?: Hub; segment?: Segment },
  goals: readonly GoalInForce[],
  onImported: () => void,
) {
  const excel = useExcel();
  const words = useWords();
  const text = words.pane;
  const { busy, message, run } = useAction();
  /** The choice as the Excel layer names a goal table, for a year. */
  const selectionFor = (chosen: PaneSource, year: number) => ({
    sourceId: chosen.id,
    sourceTitle: chosen.title,
    year,
    hub: choice.hub,
    segment: choice.segment,
  });

  const showYears = (chosen: PaneSource) =>
    run(async () => {
      const years = chosen.years.map((year) => ({
        year,
        goals: goalsFor({ source: chosen.id, year, hub: choice.hub, segment: choice.segment }, chosen.goals),
        tableName: tableName(selectionFor(chosen, year)),
      }));
      const title = [chosen.title, choice.hub && HUB_NAMES[choice.hub], choice.segment].filter(Boolean).join(", ");
      const result = await excel.buildDevelopment(title, years, words.language);
      return { intent: "success", text: text.yearsBuilt(result.sheetName, result.linkedYears, years.length) };
    });

  const insert = (chosen: PaneSource) =>
    run(async () => {
      const result = await excel.importGoals(selectionFor(chosen, choice.year), goals, words.language);
      onImported();
      const inserted = text.inserted(result.sheetName, result.inserted, result.updated);
      const warnings = [
        result.widenBlockedAt && text.widenBlocked(result.widenBlockedAt),
        result.notAddedFiltered && text.notAddedFiltered(result.notAddedFiltered),
      ].filter(Boolean);
      return warnings.length > 0
        ? { intent: "warning", text: [inserted, ...warnings].join(" ") }
        : { intent: "success", text: inserted };
    });

  return { busy, message, insert, showYears };
}
