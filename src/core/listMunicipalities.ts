/**
 * MUNICIPALITIES: the municipalities of a region, KKR or business-hub area as rows {code, name}, sorted by
 * code, for laying out allocation and quota sheets with the right codes and spellings.
 */
import { isBlank, showCell } from "./cells";
import { valueError } from "./errors";
import { AREA_NAMES, municipalitiesIn, parseArea } from "./municipalities";

export function listMunicipalities(area?: unknown): (string | number)[][] {
  if (isBlank(area)) return municipalitiesIn().map(({ code, name }) => [code, name]);
  const parsed = typeof area === "string" ? parseArea(area) : undefined;
  if (!parsed) {
    const shown = showCell(area);
    throw valueError(
      `Området ${shown.da} findes ikke; brug en region eller et erhvervshus: ${AREA_NAMES.join(", ")} (eller tomt for alle 98).`,
      `There is no area ${shown.en}; use a region or a business hub: ${AREA_NAMES.join(", ")} (or blank for all 98).`,
    );
  }
  return municipalitiesIn(parsed).map(({ code, name }) => [code, name]);
}
