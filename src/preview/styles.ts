import { makeStyles, tokens } from "@fluentui/react-components";

const EXCEL_GREEN = "#217346";
const HEADER_BG = "#F3F2F1";
const HEADER_ACTIVE_BG = "#D2D0CE";
const GRID_LINE = "#E1DFDD";

const headerBase = {
  position: "sticky" as const,
  backgroundColor: HEADER_BG,
  color: "#605E5C",
  fontWeight: 400,
  fontSize: "11px",
  borderRight: `1px solid ${GRID_LINE}`,
  borderBottom: `1px solid ${GRID_LINE}`,
  padding: "0 2px",
  textAlign: "center" as const,
  overflow: "hidden",
  whiteSpace: "nowrap" as const,
};

const cellBase = {
  borderRight: `1px solid ${GRID_LINE}`,
  borderBottom: `1px solid ${GRID_LINE}`,
  padding: "0 3px",
  overflow: "hidden",
  fontSize: "12px",
  lineHeight: "15px",
  color: "#000",
  backgroundColor: "#fff",
};

export const useStyles = makeStyles({
  page: {
    display: "grid",
    // Excel for Windows opens a task pane about 350 px wide.
    gridTemplateColumns: "minmax(0, 1fr) 350px",
    gridTemplateRows: "auto minmax(0, 1fr)",
    height: "100vh",
    fontFamily: tokens.fontFamilyBase,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  bar: {
    gridColumn: "1 / 3",
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: "8px 16px",
    padding: "6px 12px",
    backgroundColor: EXCEL_GREEN,
    color: "#fff",
    fontSize: "13px",
  },
  barTitle: { fontWeight: 600, marginRight: "8px" },
  openButton: {
    fontSize: "13px",
    padding: "2px 10px",
    border: "1px solid #fff",
    borderRadius: "2px",
    backgroundColor: "#fff",
    color: EXCEL_GREEN,
    fontWeight: 600,
    cursor: "pointer",
    ":disabled": { opacity: 0.7, cursor: "progress" },
  },
  barError: { backgroundColor: "#FDE7E9", color: "#A4262C", padding: "2px 8px", borderRadius: "2px", flexBasis: "100%" },
  barNote: { backgroundColor: "#FFF4CE", color: "#323130", padding: "2px 8px", borderRadius: "2px", flexBasis: "100%" },
  // A file dragged over the page: the whole page is the place to drop it.
  dropping: { outline: `4px dashed ${EXCEL_GREEN}`, outlineOffset: "-4px" },
  barLabel: { display: "inline-flex", alignItems: "center", gap: "4px", cursor: "pointer" },
  select: { fontSize: "13px", padding: "1px 4px" },
  barLinks: { display: "inline-flex", gap: "10px", flexWrap: "wrap" },
  barLink: { color: "#fff", textDecoration: "underline", textUnderlineOffset: "2px", ":hover": { textDecoration: "none" } },
  sheet: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0, backgroundColor: "#fff" },
  nameBox: {
    flexShrink: 0,
    width: "80px",
    margin: "4px 6px",
    padding: "1px 6px",
    border: `1px solid ${GRID_LINE}`,
    fontSize: "12px",
    minHeight: "18px",
  },
  gridScroller: { flexGrow: 1, overflow: "auto", minHeight: 0 },
  // Separate borders: collapsed borders do not travel with sticky headers and let content peek through.
  grid: { borderCollapse: "separate", borderSpacing: 0, tableLayout: "fixed", fontFamily: "Calibri, Carlito, 'Segoe UI', Arial, sans-serif" },
  corner: { ...headerBase, top: 0, left: 0, zIndex: 4, width: "40px" },
  header: { ...headerBase, top: 0, zIndex: 3, height: "20px" },
  headerActive: {
    ...headerBase,
    top: 0,
    zIndex: 3,
    height: "20px",
    backgroundColor: HEADER_ACTIVE_BG,
    color: EXCEL_GREEN,
    boxShadow: `inset 0 -2px 0 ${EXCEL_GREEN}`,
  },
  rowHeader: { ...headerBase, left: 0, zIndex: 2 },
  rowHeaderActive: { ...headerBase, left: 0, zIndex: 2, backgroundColor: HEADER_ACTIVE_BG, color: EXCEL_GREEN, boxShadow: `inset -2px 0 0 ${EXCEL_GREEN}` },
  cell: cellBase,
  cellSelected: { ...cellBase, outline: `2px solid ${EXCEL_GREEN}`, outlineOffset: "-2px" },
  wrap: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", maxHeight: "100%", overflow: "hidden" },
  nowrap: { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "clip" },
  tabs: {
    flexShrink: 0,
    display: "flex",
    gap: "2px",
    padding: "0 8px",
    borderTop: `1px solid ${GRID_LINE}`,
    backgroundColor: HEADER_BG,
    overflowX: "auto",
  },
  tab: {
    border: "none",
    backgroundColor: "transparent",
    padding: "4px 12px",
    fontSize: "12px",
    cursor: "pointer",
    color: "#323130",
  },
  tabActive: {
    border: "none",
    backgroundColor: "#fff",
    padding: "4px 12px",
    fontSize: "12px",
    fontWeight: 600,
    color: EXCEL_GREEN,
    borderBottom: `2px solid ${EXCEL_GREEN}`,
  },
  pane: {
    minHeight: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  message: { padding: "24px", fontSize: "14px" },
});
