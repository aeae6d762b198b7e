/**
 * The in-memory workbook drawn as a plain spreadsheet: column letters, row numbers, merged cells,
 * fills, fonts and borders (so marks and templates show), the frozen rows' edge, the selected cell
 * outlined, and sheet tabs (sheets a template inserts appear there too).
 */
import { useEffect, useMemo, useRef, type CSSProperties } from "react";
import { cellAddress, columnLetter } from "../core/address";
import { isDateFormat, serialToDate } from "../excel/dates";
import type { FakeCell, FakeSheet, FakeWorkbook } from "../fake-excel";
import { useStyles } from "./styles";
import { useWorkbookVersion } from "./useWorkbookVersion";

/** Rows and columns drawn at most; a preview, not a spreadsheet engine. */
const MAX_DRAWN_ROWS = 2000;
const MAX_DRAWN_COLUMNS = 256;
const DEFAULT_WIDTH = 64;
const DEFAULT_HEIGHT = 20;
const ROW_HEADER_WIDTH = 40;
const HEADER_HEIGHT = 20;


function display(cell: FakeCell | undefined, date1904: boolean): string {
  const value = cell?.value ?? null;
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    const format = cell?.style?.numFmt ?? "";
    // A date is a serial number with a date format, as in Excel: shown the Ukrainian way, 31.12.2021.
    if (isDateFormat(format)) {
      const date = serialToDate(value, date1904);
      if (!Number.isNaN(date.getTime())) return date.toISOString().slice(0, 10).split("-").reverse().join(".");
    }
    if (format.includes("%")) return `${(value * 100).toFixed(format.includes(".0") ? 1 : 0).replace(".", ",")}%`;
    return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e6) / 1e6).replace(".", ",");
  }
  return value;
}

/** Excel's 11 pt is drawn at 12 px here, as the rest of the grid. */
const PX_PER_PT = 12 / 11;
const SERIF = "'Times New Roman', Tinos, 'Liberation Serif', serif";

/** What the neighbours above and to the left already draw: a shared edge is drawn once. */
interface Neighbours {
  aboveDrawsBottom: boolean;
  leftDrawsRight: boolean;
}

function cellStyle(cell: FakeCell | undefined, frozenEdge: boolean, neighbours: Neighbours): CSSProperties {
  const style = cell?.style;
  const out: CSSProperties = {};
  if (frozenEdge) out.borderBottom = "2px solid #A19F9D";
  if (!style) return { ...out, textAlign: typeof cell?.value === "number" ? "right" : "left", verticalAlign: "bottom" };
  if (style.fill && style.fill.pattern !== "None") out.backgroundColor = style.fill.color;
  if (style.font?.color) out.color = style.font.color;
  if (style.font?.bold) out.fontWeight = 600;
  if (style.font?.italic) out.fontStyle = "italic";
  if (style.font?.name) out.fontFamily = /times/i.test(style.font.name) ? SERIF : style.font.name;
  if (style.font?.size) out.fontSize = `${Math.round(style.font.size * PX_PER_PT)}px`;
  const align = style.align;
  out.textAlign = align?.horizontal ?? (typeof cell?.value === "number" ? "right" : "left");
  out.verticalAlign = align?.vertical === "middle" ? "middle" : align?.vertical === "top" ? "top" : "bottom";
  // Right and bottom lines replace the grid's; top and left are drawn inside, so they take no room.
  const line = (edge: "top" | "bottom" | "left" | "right") => {
    const b = style.border?.[edge];
    return b && b.style !== "None" ? `${b.weight === "Thick" ? 2 : 1}px solid ${b.color}` : undefined;
  };
  if (line("right")) out.borderRight = line("right");
  if (line("bottom") && !frozenEdge) out.borderBottom = line("bottom");
  const inset = [
    line("top") && !neighbours.aboveDrawsBottom && `inset 0 1px 0 ${style.border?.top?.color}`,
    line("left") && !neighbours.leftDrawsRight && `inset 1px 0 0 ${style.border?.left?.color}`,
  ].filter(Boolean);
  if (inset.length) out.boxShadow = inset.join(", ");
  return out;
}

function SheetGrid({ sheet, book }: { sheet: FakeSheet; book: FakeWorkbook }) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const used = sheet.usedArea(false) ?? { top: 1, left: 1, bottom: 1, right: 1 };
  const rows = Math.min(Math.max(used.bottom + 2, 20), MAX_DRAWN_ROWS);
  // A file may format whole rows cell by cell (a title merged over the row): draw what fits a screen's worth.
  const columns = Math.min(Math.max(used.right + 1, sheet.columnWidths.length, 8), MAX_DRAWN_COLUMNS);
  const selection = book.selection?.sheet === sheet.name ? book.selection.area : null;

  // Cells hidden under a merge, and the span of each merge's top-left cell, within what is drawn:
  // a title merged over the whole row (A1:XFD1) spans the drawn columns, not 16,384.
  const { covered, spans } = useMemo(() => {
    const covered = new Set<string>();
    const spans = new Map<string, { rowSpan: number; colSpan: number }>();
    for (const m of sheet.merges) {
      if (m.top > rows || m.left > columns) continue;
      const bottom = Math.min(m.bottom, rows);
      const right = Math.min(m.right, columns);
      spans.set(`${m.top},${m.left}`, { rowSpan: bottom - m.top + 1, colSpan: right - m.left + 1 });
      for (let r = m.top; r <= bottom; r++) for (let c = m.left; c <= right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
    }
    return { covered, spans };
  }, [sheet.merges, rows, columns]);

  // Bring the selected cell into view, as Excel does: only when it is out of view, top-left first
  // (a wide merged cell is not centred, which would hide column A).
  useEffect(() => {
    const box = scroller.current;
    if (!selection || !box) return;
    const cell = box.querySelector(`[data-cell="${cellAddress(selection.top, selection.left)}"]`);
    if (!cell) return;
    const boxRect = box.getBoundingClientRect();
    const rect = cell.getBoundingClientRect();
    const x = rect.left - boxRect.left + box.scrollLeft - ROW_HEADER_WIDTH;
    const y = rect.top - boxRect.top + box.scrollTop - HEADER_HEIGHT;
    const width = box.clientWidth - ROW_HEADER_WIDTH;
    const height = box.clientHeight - HEADER_HEIGHT;
    if (x < box.scrollLeft || x + Math.min(rect.width, width) > box.scrollLeft + width) box.scrollLeft = Math.max(0, x - 24);
    if (y < box.scrollTop || y + Math.min(rect.height, height) > box.scrollTop + height) box.scrollTop = Math.max(0, y - height / 3);
  }, [selection?.top, selection?.left, sheet.name]);

  const inSelection = (r: number, c: number) =>
    !!selection && r >= selection.top && r <= selection.bottom && c >= selection.left && c <= selection.right;

  const header = [];
  for (let c = 1; c <= columns; c++) {
    const active = !!selection && c >= selection.left && c <= selection.right;
    header.push(
      <th key={c} scope="col" className={active ? styles.headerActive : styles.header} style={{ width: sheet.columnWidths[c - 1] ?? DEFAULT_WIDTH }}>
        {columnLetter(c)}
      </th>,
    );
  }
  const body = [];
  for (let r = 1; r <= rows; r++) {
    const cells = [];
    for (let c = 1; c <= columns; c++) {
      const key = `${r},${c}`;
      if (covered.has(key)) continue;
      const cell = sheet.cell(r, c);
      const span = spans.get(key);
      const selected = inSelection(r, c);
      const address = cellAddress(r, c);
      cells.push(
        <td
          key={c}
          data-cell={address}
          data-selected={selected || undefined}
          aria-selected={selected}
          title={cell?.formula ? `${address}: ${cell.formula}` : undefined}
          rowSpan={span?.rowSpan}
          colSpan={span?.colSpan}
          className={selected ? styles.cellSelected : styles.cell}
          style={cellStyle(cell, r === sheet.freezeRows, {
            aboveDrawsBottom: !!sheet.cell(r - 1, c)?.style?.border?.bottom || r - 1 === sheet.freezeRows,
            leftDrawsRight: !!sheet.cell(r, c - 1)?.style?.border?.right,
          })}
        >
          <div className={cell?.style?.align?.wrap || span ? styles.wrap : styles.nowrap}>{display(cell, book.date1904)}</div>
        </td>,
      );
    }
    const active = !!selection && r >= selection.top && r <= selection.bottom;
    body.push(
      <tr key={r} style={{ height: sheet.rowHeights[r] ?? DEFAULT_HEIGHT }}>
        <th scope="row" className={active ? styles.rowHeaderActive : styles.rowHeader}>
          {r}
        </th>
        {cells}
      </tr>,
    );
  }
  let width = ROW_HEADER_WIDTH;
  for (let c = 1; c <= columns; c++) width += sheet.columnWidths[c - 1] ?? DEFAULT_WIDTH;
  return (
    <div ref={scroller} className={styles.gridScroller} data-testid="sheet-grid">
      <table className={styles.grid} style={{ width }} aria-label={sheet.name} data-sheet={sheet.name}>
        <colgroup>
          <col style={{ width: ROW_HEADER_WIDTH }} />
          {Array.from({ length: columns }, (_, i) => (
            <col key={i} style={{ width: sheet.columnWidths[i] ?? DEFAULT_WIDTH }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={styles.corner} aria-hidden />
            {header}
          </tr>
        </thead>
        <tbody>{body}</tbody>
      </table>
    </div>
  );
}

/** `hidden`: sheets without a tab, as in Excel (hidden and very hidden ones); the active sheet always has one. */
export function WorkbookView({ book, hidden = [] }: { book: FakeWorkbook; hidden?: string[] }) {
  useWorkbookVersion(book);
  const styles = useStyles();
  const sheet = book.active();
  const selection = book.selection?.sheet === sheet?.name ? book.selection.area : null;
  return (
    <section className={styles.sheet} aria-label="Workbook">
      <div className={styles.nameBox} data-testid="name-box">
        {selection ? cellAddress(selection.top, selection.left) : ""}
      </div>
      {sheet ? <SheetGrid sheet={sheet} book={book} /> : null}
      <nav className={styles.tabs} aria-label="Sheets">
        {book.sheets.filter((s) => s.name === sheet?.name || !hidden.includes(s.name)).map((s) => (
          <button
            key={s.name}
            type="button"
            className={s.name === sheet?.name ? styles.tabActive : styles.tab}
            aria-current={s.name === sheet?.name ? "page" : undefined}
            onClick={() => book.activate(s.name)}
          >
            {s.name}
          </button>
        ))}
      </nav>
    </section>
  );
}
