export { buildTemplate, freshSheetName, TEMPLATE_IDS, TEMPLATE_TITLES } from "./gallery";
export { QUALITATIVE_PHRASES } from "./layout";
export { markerName, readMarker } from "./marker";
export type { FormMarker } from "./marker";
export { templateToGrid } from "./to-grid";
export type * from "./types";
export { LOOKS, rowHeights, textHeight } from "./look";
export type { Look } from "./look";
