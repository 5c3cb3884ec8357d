import {
  Divider,
  FluentProvider,
  Link,
  Spinner,
  Subtitle2,
  Tab,
  TabList,
  Title3,
  fieldClassNames,
  makeStyles,
  mergeClasses,
  selectClassNames,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { ReactNode, Suspense, lazy, useEffect, useMemo, useState } from "react";
import { GoalTemplate } from "../goals";
import { ExcelGateway } from "../excel/gateway";
import { ExcelContext, useExcel } from "./ExcelContext";
import { GoalPicker } from "./GoalPicker";
import { LinkActual } from "./LinkActual";
import { OverviewAction } from "./OverviewAction";
import { ReviewList } from "./ReviewList";
import { PaneSource, catalogueSources, templateSources } from "./sources";
import { LOCALES, Language } from "../locale";
import { useGoalRows } from "./useGoalRows";
import { WordsContext, useWords } from "./WordsContext";

/** The user guide, built from docs/brugervejledning.md beside the pane (Danish, then English). */
const USER_GUIDE = "docs/brugervejledning.html";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    // A select is as wide as its longest option (a goal title, an agreement's name): in every field, the
    // column and the select shrink to the pane and cut the text instead of widening the pane.
    [`& .${fieldClassNames.root}`]: { minWidth: 0, gridTemplateColumns: "minmax(0, 1fr)" },
    [`& .${selectClassNames.root}, & .${selectClassNames.select}`]: {
      minWidth: 0,
      width: "100%",
      textOverflow: "ellipsis",
    },
  },
  // At the narrowest pane the Danish tab names do not fit on one line.
  tabs: { flexWrap: "wrap" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  hidden: { display: "none" },
});

// Views used less often load as chunks of their own after the first screen (own goals need the validator,
// connecting an export its plans).
const FinanceSheets = lazy(() =>
  import(/* webpackChunkName: "finance" */ "./FinanceSheets").then((module) => ({ default: module.FinanceSheets })),
);
const MemberSurvey = lazy(() =>
  import(/* webpackChunkName: "member-survey" */ "./MemberSurvey").then((module) => ({
    default: module.MemberSurvey,
  })),
);
const ConnectSurvey = lazy(() =>
  import(/* webpackChunkName: "connect-survey" */ "./ConnectSurvey").then((module) => ({
    default: module.ConnectSurvey,
  })),
);
const OwnGoals = lazy(() =>
  import(/* webpackChunkName: "own-goals" */ "./OwnGoals").then((module) => ({ default: module.OwnGoals })),
);
const TemplateImport = lazy(() =>
  import(/* webpackChunkName: "template-import" */ "./TemplateImport").then((module) => ({
    default: module.TemplateImport,
  })),
);

/** The secretariat's and analyst's goals, the finance staff's allocation and quota sheets, or the member survey. */
type View = "goals" | "finance" | "survey";

export function App({ excel, language }: { excel: ExcelGateway; language: Language }) {
  const words = LOCALES[language];
  const text = words.pane;
  const styles = useStyles();
  const [view, setView] = useState<View>("goals");
  // A view a user has not opened is not loaded; once opened it stays, so switching keeps what was chosen.
  const [opened, setOpened] = useState<ReadonlySet<View>>(new Set(["goals"]));
  const choose = (chosen: View) => {
    setView(chosen);
    setOpened((current) => new Set([...current, chosen]));
  };

  return (
    <FluentProvider theme={webLightTheme} lang={language}>
      <WordsContext.Provider value={words}>
        <ExcelContext.Provider value={excel}>
          <main className={styles.pane}>
            <Title3 as="h1">{text.title}</Title3>
            {/* Relative: the guide is on the same host as the pane, whatever its address. */}
            <Link href={USER_GUIDE} target="_blank" rel="noopener">
              {text.help}
            </Link>
            <TabList className={styles.tabs} selectedValue={view} onTabSelect={(_, data) => choose(data.value as View)}>
              <Tab value="goals">{text.goalsTab}</Tab>
              <Tab value="finance">{text.financeHeading}</Tab>
              <Tab value="survey">{text.surveyTab}</Tab>
            </TabList>
            <div
              className={mergeClasses(styles.view, view !== "goals" && styles.hidden)}
              role="tabpanel"
              aria-label={text.goalsTab}
            >
              <GoalsView />
            </div>
            <div
              className={mergeClasses(styles.view, view !== "finance" && styles.hidden)}
              role="tabpanel"
              aria-label={text.financeHeading}
            >
              <Section id="finance" title={text.financeHeading}>
                {opened.has("finance") && (
                  <Suspense fallback={<Spinner size="tiny" label={text.loading} />}>
                    <FinanceSheets />
                  </Suspense>
                )}
              </Section>
            </div>
            <div
              className={mergeClasses(styles.view, view !== "survey" && styles.hidden)}
              role="tabpanel"
              aria-label={text.surveyTab}
            >
              <Section id="survey" title={text.surveyHeading}>
                {opened.has("survey") && (
                  <Suspense fallback={<Spinner size="tiny" label={text.loading} />}>
                    <MemberSurvey />
                  </Suspense>
                )}
              </Section>
            </div>
          </main>
        </ExcelContext.Provider>
      </WordsContext.Provider>
    </FluentProvider>
  );
}

/** The goals: pick and insert, review, overview, link, and the secretariat's own goals. */
function GoalsView() {
  const excel = useExcel();
  const words = useWords();
  const text = words.pane;
  const { rows, loaded, readError, refresh } = useGoalRows(excel, text.excelError);
  const [ownSources, setOwnSources] = useState<PaneSource[]>([]);
  const sources = useMemo(() => [...ownSources, ...catalogueSources(words.language)], [ownSources, words.language]);
  const afterFirstScreen = useAfterFirstScreen();
  const addTemplate = (fileName: string, goals: GoalTemplate[]) =>
    setOwnSources((current) => [
      ...templateSources(fileName, goals, text.ownTemplate),
      ...current.filter((source) => !goals.some((goal) => goal.source.document === source.id)),
    ]);
  return (
    <>
      <Section id="pick" title={text.pickHeading}>
        <GoalPicker key={sources[0]?.id} sources={sources} onImported={refresh} />
      </Section>
      <Divider />
      <Section id="review" title={text.reviewHeading}>
        <ReviewList rows={rows} loaded={loaded} error={readError} onRefresh={refresh} />
      </Section>
      <Divider />
      <Section id="overview" title={text.overviewHeading}>
        <OverviewAction />
      </Section>
      <Divider />
      <Section id="connect" title={text.connectHeading}>
        {afterFirstScreen && (
          <Suspense fallback={<Spinner size="tiny" label={text.loading} />}>
            <ConnectSurvey rows={rows} onConnected={refresh} />
          </Suspense>
        )}
      </Section>
      <Divider />
      <Section id="link" title={text.linkHeading}>
        <LinkActual rows={rows} onLinked={refresh} />
      </Section>
      <Divider />
      <Section id="template" title={text.templateHeading}>
        {afterFirstScreen && (
          <Suspense fallback={<Spinner size="tiny" label={text.loading} />}>
            <OwnGoals onLoaded={addTemplate} />
            <TemplateImport onLoaded={addTemplate} />
          </Suspense>
        )}
      </Section>
    </>
  );
}

/**
 * False for the first screen, true just after it is on screen: the own-goals section, below the fold and
 * with the template validator, loads after what a user sees first instead of before it.
 */
function useAfterFirstScreen(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setAfter(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return after;
}

/** A part of the pane, named by its heading for screen readers. */
function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={`${id}-heading`}>
      <Subtitle2 as="h2" id={`${id}-heading`}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}
