export { DomainError } from "./errors";
export type { DomainErrorKind, LocalizedText } from "./errors";
export type { Grid } from "./cells";
export { nps } from "./nps";
export { effectShare } from "./effectShare";
export { popAlloc } from "./popAlloc";
export { quota } from "./quota";
