export { DomainError, CellError } from "./errors";
export type { DomainErrorKind, LocalizedText, CellLocation } from "./errors";
export type { Grid } from "./cells";
export { ARGUMENT } from "./argumentNames";
export { nps } from "./nps";
export { effectShare, effectCounts } from "./effectShare";
export { share, shareCounts, shareResult } from "./share";
export type { ShareCounts } from "./share";
export { spread } from "./spread";
export { newShare, newShareCounts } from "./newShare";
export { npsInterval, shareInterval } from "./intervals";
export type { Interval } from "./intervals";
export { shareChange, npsChange } from "./changes";
export type { Change } from "./changes";
export { popAlloc } from "./popAlloc";
export { twoStep } from "./twoStep";
export { quota } from "./quota";
export { transfer } from "./transfer";
export { dhondt } from "./dhondt";
export { seats } from "./seats";
export { listMunicipalities } from "./listMunicipalities";
export {
  MUNICIPALITIES,
  REGIONS,
  HUBS,
  REGION_NAMES,
  HUB_NAMES,
  AREA_NAMES,
  parseArea,
  municipalitiesIn,
} from "./municipalities";
export type { Area, Hub, Region, Municipality } from "./municipalities";
export { choices } from "./choices";
export { scaleMean, scaleMeanResult, scaleDistribution, meanInterval, meanChange } from "./scale";
