import { CellValue } from "../grid";
import { ColumnMap, Section } from "../types";
import { SheetView } from "../sheet-view";
import { cellText, readValue } from "../value";
import { fold } from "../text";
import { roleOfHeader } from "../header";
import { leadingNumber, looksLikeSectionTitle, numberCell, sectionLevel } from "../numbering";
import { isNotApplicable } from "./money";

/**
 * The rows of a programme execution table. Unlike plans and reports, its total rows carry money
 * that must add up, so they are kept (not skipped) and told apart from measures here. This is the
 * form's own classification for now; it is written to hand its total rows to a generic
 * `subtotal-mismatch` once the layouts share one.
 */
export type ProgramRowKind = "measure" | "total" | "breakdown";

export interface ProgramLine {
  row: number;
  kind: ProgramRowKind;
  number: string | null;
  ownNumber: boolean;
  /** The measure's name, or the total row's label («ВСЬОГО ПО ПРОГРАМІ»). */
  measure: string;
  executor: string;
  /** The financing source as written (`обласний бюджет`), "" where none. */
  source: string;
  section: number | null;
}

export interface ProgramRows {
  firstDataRow: number | null;
  lastDataRow: number | null;
  sections: Section[];
  lines: ProgramLine[];
}

const TOTAL = /^(разом|усього|всього|итого|загальн\S* (сума|обсяг))(?=[\s:.,(]|$)/u;
// «у т.ч.», «в тому числі:» under a total: the total's parts by source.
const PART_OF = /^(у|в)\s*(т\.\s*ч\.?|тому\s+числі)/u;
const SIGNATURE = /^(директор|начальник|керівник|голова|заступник|виконавець|виконав|підпис|\(підпис|погоджено|затверджено|головний спеціаліст|провідний|старший|спеціаліст|секретар|бухгалтер|відповідальна особа|керуюч|м\.\s?п\.|в\.\s?о\.)/u;

/** Columns whose filling makes a row more than a heading. */
const DETAIL = ["executor", "source", "planned", "financed", "used", "percent", "deviation", "note", "deadline"] as const;
const MONEY = ["planned", "financed", "used", "deviation"] as const;

export function readProgramRows(view: SheetView, headerRow: number, columns: ColumnMap): ProgramRows {
  const labelCol = columns.measure;
  const cols = Object.values(columns) as number[];
  const left = Math.min(...cols, view.firstCol);
  const right = Math.max(...cols);
  const detailCols = DETAIL.map((r) => columns[r]).filter((c): c is number => c !== undefined);
  const moneyCols = MONEY.map((r) => columns[r]).filter((c): c is number => c !== undefined);
  const text = (row: number, col: number | undefined) => (col === undefined ? "" : cellText(view.own(row, col)));
  const model: ProgramRows = { firstDataRow: null, lastDataRow: null, sections: [], lines: [] };
  let previous: ProgramLine | null = null;
  let current: ProgramLine | null = null;
  let previousIsMeasureTotal = false;

  for (let row = headerRow + 1; row <= view.lastRow; row++) {
    const filled: { col: number; value: CellValue; text: string }[] = [];
    for (let col = left; col <= right; col++) {
      const value = view.own(row, col);
      const t = cellText(value);
      if (t !== "") filled.push({ col, value, text: t });
    }
    if (filled.length === 0) continue;
    if (isColumnNumberRow(filled)) continue;
    const hasMoney = filled.some((f) => moneyCols.includes(f.col) && readValue(f.value).kind === "number");
    const first = fold(filled[0].text.slice(0, 60));
    if (!hasMoney && SIGNATURE.test(first)) break;
    // A new header below (a second table) ends this one: what lies below is never read as its rows.
    if (!hasMoney && model.lines.length > 0 && filled.filter((f) => roleOfHeader(f.text) !== null).length >= 3) break;

    const numberText = text(row, columns.number);
    const ownLabel = text(row, labelCol);
    const label = [numberText, ownLabel].map((t) => (isNotApplicable(t) ? "" : t)).find((t) => t !== "") ?? "";
    const source = text(row, columns.source);
    const labelCovered = labelCol !== undefined && view.isCovered(row, labelCol) && (view.mergeAt(row, labelCol)?.top ?? row) < row;
    const hasDetail = filled.some((f) => detailCols.includes(f.col));
    if (model.firstDataRow === null) model.firstDataRow = row;
    model.lastDataRow = row;

    const foldedLabel = fold(label.slice(0, 60));
    const foldedSource = fold(source.slice(0, 60));
    const totalLabel = TOTAL.test(foldedLabel) || PART_OF.test(foldedLabel);
    // «1.1 Захід | Всього | 150» over its sources' rows: the measure's own total, its parts below.
    const measureTotal = !totalLabel && TOTAL.test(foldedSource) && !labelCovered && ownLabel !== "" && !isNotApplicable(ownLabel);
    const isTotal = totalLabel || TOTAL.test(foldedSource);
    const unlabelled = !labelCovered && (ownLabel === "" || isNotApplicable(ownLabel)) && numberCell(numberText) === null;
    let kind: ProgramRowKind | "section" | null = null;
    if (isTotal) kind = "total";
    else if (unlabelled && source !== "" && previous !== null && previous.kind !== "measure" && !previousIsMeasureTotal && previous.row === lastLineRow(model)) kind = "breakdown";
    else if (!hasDetail && isSection(view, row, filled, right - left + 1)) kind = "section";
    else if (ownLabel !== "" || labelCovered || (hasDetail && current !== null)) kind = "measure";

    if (kind === "section") {
      const joined = filled.map((f) => f.text).join(" ");
      const { level, number } = sectionLevel(joined);
      let parent: number | null = null;
      for (let k = model.sections.length - 1; k >= 0; k--) {
        if (model.sections[k].level < level) {
          parent = k;
          break;
        }
      }
      model.sections.push({ row, title: joined, number, level, parent });
      previous = null;
      current = null;
      previousIsMeasureTotal = false;
      continue;
    }
    if (kind === null) continue;
    const inherits = kind === "measure" && (ownLabel === "" || isNotApplicable(ownLabel)) && current !== null;
    const ownNumber = leadingNumber(ownLabel) ?? numberCell(numberText);
    const line: ProgramLine = {
      row,
      kind,
      number: ownNumber ?? (inherits && current ? current.number : null),
      ownNumber: ownNumber !== null,
      measure: kind === "measure" || measureTotal ? (ownLabel !== "" && !isNotApplicable(ownLabel) ? ownLabel : labelCovered ? cellText(view.shown(row, labelCol as number)) : (current?.measure ?? "")) : label || source,
      executor: cellText(view.shown(row, columns.executor ?? 0)),
      // «у т.ч. обласний бюджет» written where the label goes names its source there.
      source: isNotApplicable(source) ? "" : source || (PART_OF.test(foldedLabel) ? label : ""),
      section: model.sections.length > 0 ? model.sections.length - 1 : null,
    };
    if (isNotApplicable(line.executor)) line.executor = "";
    model.lines.push(line);
    previous = line;
    previousIsMeasureTotal = kind === "total" ? measureTotal : kind === "measure" ? false : previousIsMeasureTotal;
    if (kind === "measure" || measureTotal) current = line;
    else if (kind === "total") current = null;
  }
  return model;
}

function lastLineRow(model: ProgramRows): number | null {
  return model.lines.length > 0 ? model.lines[model.lines.length - 1].row : null;
}

/** A heading: one wide merged cell, or a few cells that read as a numbered title, no money. */
function isSection(view: SheetView, row: number, filled: { col: number; text: string }[], width: number): boolean {
  if (filled.length === 1) {
    const area = view.mergeAt(row, filled[0].col);
    if (area && area.right - area.left + 1 >= Math.max(2, Math.ceil(width / 2))) return true;
  }
  if (filled.length > 2) return false;
  return looksLikeSectionTitle(filled.map((f) => f.text).join(" ")) || filled.length <= 2;
}

/** "1 2 3 4 …" under the header: never data. */
function isColumnNumberRow(filled: { value: CellValue }[]): boolean {
  if (filled.length < 3) return false;
  let previous: number | null = null;
  for (const f of filled) {
    const reading = readValue(f.value);
    if (reading.kind !== "number" || !Number.isInteger(reading.value)) return false;
    if (previous !== null && reading.value !== previous + 1) return false;
    previous = reading.value;
  }
  return true;
}
