import {
  Divider,
  FluentProvider,
  Subtitle2,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { GoalTemplate } from "../goals";
import { GoalRow } from "../excel/workbook";
import { ExcelContext, ExcelGateway } from "./ExcelContext";
import { GoalPicker } from "./GoalPicker";
import { LinkActual } from "./LinkActual";
import { ReviewList } from "./ReviewList";
import { PaneSource, catalogueSources, templateSources } from "./sources";
import { Language, STRINGS } from "./strings";
import { StringsContext } from "./StringsContext";
import { TemplateImport } from "./TemplateImport";

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** How long to wait after the last change before re-reading the goal tables. */
const REFRESH_DELAY_MS = 400;

export function App({ excel, language }: { excel: ExcelGateway; language: Language }) {
  const text = STRINGS[language];
  const styles = useStyles();
  const [ownSources, setOwnSources] = useState<PaneSource[]>([]);
  const sources = useMemo(() => [...ownSources, ...catalogueSources(language)], [ownSources, language]);
  const [rows, setRows] = useState<GoalRow[]>([]);
  const [loaded, setLoaded] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const refresh = useCallback(async () => {
    try {
      setRows(await excel.readGoalRows());
    } finally {
      setLoaded(true);
    }
  }, [excel]);

  useEffect(() => {
    refresh();
    let stop: (() => Promise<void>) | undefined;
    excel
      .watch(() => {
        clearTimeout(timer.current);
        timer.current = setTimeout(refresh, REFRESH_DELAY_MS);
      })
      .then((stopWatching) => (stop = stopWatching));
    return () => {
      clearTimeout(timer.current);
      stop?.();
    };
  }, [excel, refresh]);

  const addTemplate = (fileName: string, goals: GoalTemplate[]) =>
    setOwnSources((current) => [
      ...templateSources(fileName, goals, text.ownTemplate),
      ...current.filter((source) => !goals.some((goal) => goal.source.document === source.id)),
    ]);

  return (
    <FluentProvider theme={webLightTheme} lang={language}>
      <StringsContext.Provider value={text}>
        <ExcelContext.Provider value={excel}>
          <main className={styles.pane}>
            <Title3 as="h1">{text.title}</Title3>
            <section className={styles.section} aria-labelledby="pick-heading">
              <Subtitle2 as="h2" id="pick-heading">
                {text.pickHeading}
              </Subtitle2>
              <GoalPicker key={sources[0]?.id} sources={sources} onImported={refresh} />
            </section>
            <Divider />
            <section className={styles.section} aria-labelledby="review-heading">
              <Subtitle2 as="h2" id="review-heading">
                {text.reviewHeading}
              </Subtitle2>
              <ReviewList rows={rows} loaded={loaded} />
            </section>
            <Divider />
            <section className={styles.section} aria-labelledby="link-heading">
              <Subtitle2 as="h2" id="link-heading">
                {text.linkHeading}
              </Subtitle2>
              <LinkActual rows={rows} onLinked={refresh} />
            </section>
            <Divider />
            <section className={styles.section} aria-labelledby="template-heading">
              <Subtitle2 as="h2" id="template-heading">
                {text.templateHeading}
              </Subtitle2>
              <TemplateImport onLoaded={addTemplate} />
            </section>
          </main>
        </ExcelContext.Provider>
      </StringsContext.Provider>
    </FluentProvider>
  );
}
