import { useEffect, useRef, useState } from "react";
import { Hub, Segment } from "../goals";
import { useExcel } from "./ExcelContext";
import { PaneSource } from "./sources";

export interface Choice {
  sourceId: string;
  year: number;
  hub: Hub | "";
  segment: Segment | "";
}

/**
 * The picker's source, year, hub and segment: opened where the user left this workbook (its settings, saved
 * with the file) and saved there on every change. Remembering is a convenience: a workbook that cannot read
 * or keep settings (read-only, an older Excel) leaves the picker working from the first source.
 */
export function useRememberedChoice(sources: readonly PaneSource[]): [Choice, (part: Partial<Choice>) => void] {
  const excel = useExcel();
  const [choice, setChoice] = useState<Choice>({
    sourceId: sources[0]?.id ?? "",
    year: sources[0]?.years[0] ?? 0,
    hub: "",
    segment: "",
  });
  // A choice the user makes before the saved one arrives wins over it.
  const changed = useRef(false);
  const known = useRef(sources);
  known.current = sources;

  useEffect(() => {
    let mounted = true;
    excel
      .readPickerChoice()
      .then((saved) => {
        const source = known.current.find((candidate) => candidate.id === saved?.sourceId);
        if (!mounted || changed.current || !saved || !source) return;
        setChoice({
          sourceId: source.id,
          year: source.years.includes(saved.year) ? saved.year : source.years[0],
          hub: saved.hub ?? "",
          segment: saved.segment ?? "",
        });
      })
      .catch(() => undefined);
    return () => {
      mounted = false;
    };
  }, [excel]);

  const change = (part: Partial<Choice>) => {
    changed.current = true;
    const next = { ...choice, ...part };
    // A year the newly chosen source does not have becomes its first year, on screen and in the settings.
    const years = known.current.find((candidate) => candidate.id === next.sourceId)?.years ?? [];
    if (!years.includes(next.year)) next.year = years[0] ?? 0;
    setChoice(next);
    excel
      .savePickerChoice({
        sourceId: next.sourceId,
        year: next.year,
        ...(next.hub ? { hub: next.hub } : {}),
        ...(next.segment ? { segment: next.segment } : {}),
      })
      .catch(() => undefined);
  };
  return [choice, change];
}
