/** The sources the pane offers: the built-in catalogue's documents and the user's loaded template files. */
import { GoalTemplate, Hub, SOURCE_DOCUMENTS, catalogue } from "../goals";
import { Language } from "../locale";

export interface PaneSource {
  id: string;
  title: string;
  years: number[];
  /** A result contract's own hub; rammeaftaler let the user pick one. */
  hub?: Hub;
  goals: readonly GoalTemplate[];
}

export function catalogueSources(language: Language): PaneSource[] {
  return SOURCE_DOCUMENTS.map((document) => ({
    id: document.id,
    title: document.title[language],
    years: document.years,
    hub: document.hub,
    goals: catalogue,
  }));
}

/** One source per document a template file names, with the years its goals are in force. */
export function templateSources(
  fileName: string,
  goals: readonly GoalTemplate[],
  label: (name: string) => string,
): PaneSource[] {
  const documents = [...new Set(goals.map((goal) => goal.source.document))];
  return documents.map((document) => {
    const own = goals.filter((goal) => goal.source.document === document);
    return {
      id: document,
      title: label(documents.length === 1 ? fileName : `${fileName}, ${document}`),
      years: [...new Set(own.flatMap((goal) => goal.years))].sort((a, b) => a - b),
      hub: own.every((goal) => goal.hub === own[0].hub) ? own[0].hub : undefined,
      goals: own,
    };
  });
}
