import { CellValue } from "./grid";
import { ColumnMap, ColumnRole, MeasureRow, Section } from "./types";
import { SheetView } from "./sheet-view";
import { cellText, readValue } from "./value";
import { fold, foldedStart } from "./text";
import { isRomanNumeral, isUnder, leadingNumber, looksLikeSectionTitle, numberCell, sectionLevel } from "./numbering";
import { isTotalRow } from "./totals";
import { isFurtherHeader } from "./table-end";

/** A measure row as laid out on the sheet, before any rule or computation looks at it. */
export interface MeasureLine {
  row: number;
  number: string | null;
  /** True when the number was written for this row, not inherited from a split row above. */
  ownNumber: boolean;
  measure: string;
  task: string;
  executor: string;
  indicator: string;
  section: number | null;
}

export interface RowModel {
  firstDataRow: number | null;
  lastDataRow: number | null;
  sections: Section[];
  measures: MeasureLine[];
  /** Total rows (`Усього`, `Разом за розділом`), in sheet order: not measures, checked against them. */
  totals: number[];
  /** The first row of a further table's header that ended this table, or null. */
  furtherTable: number | null;
}

const VALUE_ROLES: ColumnRole[] = ["plan", "fact", "q1", "q2", "q3", "q4", "total"];
const DETAIL_ROLES: ColumnRole[] = [...VALUE_ROLES, "executor", "indicator", "deadline", "period", "start", "end", "units", "note", "percent"];
const SIGNATURE = /^(відповідальна особа|директор|начальник|керівник|голова|заступник|виконавець|виконавці|виконав:|підпис|\(підпис|ознайомлен|погоджено|затверджено|головний|провідний|старший|спеціаліст|фахівець|секретар|бухгалтер|інспектор|керуюч|м\.\s?п\.|в\.\s?о\.|т\.\s?в\.\s?о)/u;
/** What SIGNATURE's words begin with, folded. */
const SIGNATURE_FIRST = "вднкгзп(омтсфбі";
const PERSON = /^(\p{Lu}\.\s?){1,2}\p{Lu}[\p{Ll}'’-]+$|^\p{Lu}[\p{Ll}'’-]+\s(\p{Lu}\.\s?){1,2}$|^_{3,}/u;

/** A cell of a row that holds something, with the text a person reads in it. */
interface FilledCell {
  col: number;
  value: CellValue;
  text: string;
}

/**
 * One allocation site for every row's cells, its `value` field made general (numbers, text, null)
 * before the first row: otherwise the first text after a run of numbers changes the objects' shape
 * and V8 throws away and recompiles readRows, tens of milliseconds on every 10,000-row sheet.
 */
function filledCell(col: number, value: CellValue, text: string): FilledCell {
  return { col, value, text };
}
for (const value of [0, 0.5, "", null]) filledCell(0, value, "");

/** The row's texts in column order, one space apart. */
function joinedText(filled: readonly { text: string }[]): string {
  let text = filled[0].text;
  for (let k = 1; k < filled.length; k++) text += ` ${filled[k].text}`;
  return text;
}

/** Reads the data part of a recognised sheet into sections and measure rows. */
export function readRows(view: SheetView, headerRow: number, columns: ColumnMap): RowModel {
  const labelCol = columns.measure ?? columns.indicator ?? columns.task ?? columns.result;
  const roleCols = Object.entries(columns) as [ColumnRole, number][];
  const tableLeft = Math.min(...roleCols.map(([, c]) => c), view.firstCol);
  const tableRight = Math.max(...roleCols.map(([, c]) => c));
  const width = tableRight - tableLeft + 1;
  const detailCols = new Set(DETAIL_ROLES.map((r) => columns[r]).filter((c): c is number => c !== undefined));
  // Names under a signature line sit where values do; executors may be people, so they are not looked at.
  const signatureCols = new Set([...VALUE_ROLES, "note", "percent", "deadline", "period", "start", "end"].map((r) => columns[r as ColumnRole]));
  const valueCols = VALUE_ROLES.map((r) => columns[r]).filter((c): c is number => c !== undefined);
  const valueColSet = new Set([...valueCols, ...(columns.percent === undefined ? [] : [columns.percent])]);

  const headerTexts = new Map<number, HeaderText>();
  for (const col of Object.values(columns)) {
    const text = cellText(view.shown(headerRow, col as number));
    if (text) headerTexts.set(col as number, { length: text.length, folded: foldStart(text) });
  }

  const model: RowModel = { firstDataRow: null, lastDataRow: null, sections: [], measures: [], totals: [], furtherTable: null };
  let previousWasMeasure = false;
  let current: MeasureLine | null = null;
  // Where the last row of substance (a measure or total with values or details), the last empty row
  // and the last other row (a heading, a caption) stand: a header after a gap opens a further table,
  // right after data it is a page break's.
  let lastSolid = 0;
  /** How many cells the current measure's own row fills. */
  let currentFilled = 0;
  let lastBlank = 0;
  let lastOther = 0;

  const shownText = (row: number, col: number | undefined) => (col === undefined ? "" : cellText(view.shown(row, col)));

  // One array and its cells reused row after row: nothing below keeps them past the row, and
  // 100,000 rows of fresh ones kept the young generation's collector busy.
  const filled: FilledCell[] = [];
  const cells: FilledCell[] = [];
  for (let row = headerRow + 1; row <= view.lastRow; row++) {
    filled.length = 0;
    for (let col = tableLeft; col <= tableRight; col++) {
      const value = view.own(row, col);
      const text = cellText(value);
      if (text === "") continue;
      let cell = cells[filled.length];
      if (cell === undefined) {
        cell = filledCell(col, value, text);
        cells.push(cell);
      } else {
        cell.col = col;
        cell.value = value;
        cell.text = text;
      }
      filled.push(cell);
    }
    if (filled.length === 0) {
      previousWasMeasure = false;
      lastBlank = row;
      continue;
    }
    if (isColumnNumberRow(filled)) continue;
    // The header again straight after data is a page break's; after a blank row it opens a new table.
    const repeated = isRepeatedHeader(filled, headerTexts);
    // A blank row, a title or a caption since the last row of substance.
    const afterGap = lastBlank > lastSolid || lastOther > lastSolid;
    if (repeated && !afterGap) continue;
    const numberText = columns.number !== undefined ? cellText(view.own(row, columns.number)) : "";
    if (lastSolid > 0 && numberCell(numberText) === null && (repeated || isFurtherHeader(filled, afterGap))) {
      endTable(model, row, lastSolid);
      break;
    }
    lastOther = row;
    if (!numberCell(numberText) && isSignature(filled, signatureCols)) break;
    if (model.firstDataRow === null) model.firstDataRow = row;
    if (isTotalRow(filled, valueColSet)) {
      model.totals.push(row);
      model.lastDataRow = row;
      previousWasMeasure = false;
      lastSolid = row;
      current = null;
      continue;
    }

    const ownLabel = labelCol !== undefined ? cellText(view.own(row, labelCol)) : "";
    const hasDetail = filled.some((f) => detailCols.has(f.col));

    if (isSectionRow(view, row, filled, ownLabel, hasDetail, labelCol, width, columns) || headsNumberedRows(view, row, filled, ownLabel, hasDetail, columns, labelCol)) {
      const joined = joinedText(filled);
      const { level, number } = sectionLevel(joined);
      // "1 | Напрям 1. Освіта" reads as "Напрям 1. Освіта": the heading already carries its number.
      const heading = filled.length === 2 && filled[0].col === columns.number ? filled[1].text : "";
      const text = heading && leadingNumber(heading) !== null ? heading : joined;
      let parent: number | null = null;
      for (let k = model.sections.length - 1; k >= 0; k--) {
        if (model.sections[k].level < level) {
          parent = k;
          break;
        }
      }
      model.sections.push({ row, title: text, number, level, parent });
      model.lastDataRow = row;
      previousWasMeasure = false;
      current = null;
      continue;
    }

    // A measure merged down over several rows: each row below carries its own indicator and values.
    const labelArea = labelCol !== undefined ? view.mergeAt(row, labelCol) : null;
    const labelCovered = labelArea !== null && labelArea.top < row;
    const hasValues = filled.some((f) => valueCols.includes(f.col));
    const sectionIndex = model.sections.length > 0 ? model.sections.length - 1 : null;

    // A fragment fills fewer cells than the row it continues and holds no date; a ministry's measures
    // all start in lower case, each a full row with its own executor and dates.
    const fragment = filled.length < currentFilled && !filled.some((f) => f.value instanceof Date);
    const mayContinue = !labelCovered && previousWasMeasure && current !== null && !hasValues && !numberCell(numberText) && fragment;
    const continues =
      mayContinue &&
      (startsLowercase(filled[0].text) ||
        // A bare fragment with no number, executor or indicator under a numbered measure.
        (!hasDetail && current?.ownNumber === true && leadingNumber(ownLabel) === null && filled.every((f) => f.col === labelCol)));
    if (continues && current) {
      // A page break split the previous row's texts: join them rather than invent a measure.
      const line = current;
      const join = (col: number | undefined, before: string) => {
        const text = col === undefined ? "" : cellText(view.own(row, col));
        return text ? `${before} ${text}`.trim() : before;
      };
      line.measure = join(labelCol, line.measure);
      line.executor = join(columns.executor, line.executor);
      line.indicator = join(columns.indicator, line.indicator);
      continue;
    }

    const ownNumber = leadingNumber(ownLabel) ?? numberCell(numberText);
    const isMeasure =
      ownLabel !== "" ||
      (labelCovered && (hasDetail || hasValues)) ||
      (previousWasMeasure && current !== null && hasValues) ||
      (ownNumber !== null && hasDetail);
    if (!isMeasure) {
      previousWasMeasure = false;
      continue;
    }
    const inherits = ownLabel === "" && current !== null;
    // Under a measure merged down (a row per bureau or per indicator) an empty executor or indicator is the measure's.
    const shared = (col: number | undefined, above: string | undefined) => shownText(row, col) || (labelCovered && above ? above : "");
    const line: MeasureLine = {
      row,
      number: ownNumber ?? (inherits && current ? current.number : null),
      ownNumber: ownNumber !== null,
      measure: ownLabel !== "" ? ownLabel : labelCovered ? shownText(row, labelCol) : (current?.measure ?? ""),
      task: shownText(row, columns.task),
      executor: shared(columns.executor, current?.executor),
      indicator: shared(columns.indicator, current?.indicator),
      section: sectionIndex,
    };
    model.measures.push(line);
    currentFilled = filled.length;
    model.lastDataRow = row;
    current = line;
    previousWasMeasure = true;
    if (hasDetail || hasValues) lastSolid = row;
  }
  return model;
}

/**
 * A further table starts at `row`: what stands between this table's last row of substance and that
 * header (a title, a caption typed where measures go) belongs to the table below.
 */
function endTable(model: RowModel, row: number, cut: number): void {
  model.furtherTable = row;
  model.sections = model.sections.filter((s) => s.row <= cut);
  model.measures = model.measures.filter((m) => m.row <= cut);
  model.totals = model.totals.filter((t) => t <= cut);
  model.lastDataRow = Math.max(model.sections.at(-1)?.row ?? 0, model.measures.at(-1)?.row ?? 0, model.totals.at(-1) ?? 0) || null;
}

/**
 * `1.` | `Організаційні заходи` with nothing else, followed by rows numbered 1.1, 1.2: a heading
 * over the rows its number opens, however it is worded.
 */
function headsNumberedRows(
  view: SheetView,
  row: number,
  filled: { col: number; text: string }[],
  ownLabel: string,
  hasDetail: boolean,
  columns: ColumnMap,
  labelCol: number | undefined,
): boolean {
  if (hasDetail || filled.length > 2) return false;
  const own = columns.number !== undefined ? numberCell(cellText(view.own(row, columns.number))) : null;
  const number = own ?? leadingNumber(ownLabel);
  if (number === null) return false;
  for (let next = row + 1; next <= view.lastRow; next++) {
    const nextNumber = columns.number !== undefined ? numberCell(cellText(view.own(next, columns.number))) : null;
    const label = labelCol !== undefined ? cellText(view.own(next, labelCol)) : "";
    const found = nextNumber ?? (label ? leadingNumber(label) : null);
    if (found !== null) return isUnder(found, number);
    if (label !== "" || (columns.number !== undefined && cellText(view.own(next, columns.number)) !== "")) return false;
  }
  return false;
}

function isSignature(filled: { col: number; value: CellValue; text: string }[], signatureCols: Set<number | undefined>): boolean {
  const first = foldedStart(filled[0].text);
  if ((first === null || SIGNATURE_FIRST.includes(first)) && SIGNATURE.test(foldStart(filled[0].text))) return true;
  return filled.some((f) => signatureCols.has(f.col) && mayBePerson(f.text) && PERSON.test(f.text)) && !filled.some((f) => readValue(f.value).kind === "number");
}

/** What PERSON can match has an initial's dot or a line to sign on: the Unicode regex only then. */
function mayBePerson(text: string): boolean {
  return text.length <= 80 && (text.indexOf(".") >= 0 || text.charCodeAt(0) === 95 /* _ */);
}

/** "проблемних питань…", "(між усіма підрозділами…)": the first letter, past brackets and quotes, is lower case. */
function startsLowercase(text: string): boolean {
  const ch = /\p{L}/u.exec(text.trim().slice(0, 4))?.[0] ?? "";
  return ch !== "" && ch === ch.toLowerCase() && ch !== ch.toUpperCase() && !/^[\d№]/.test(text.trim());
}

/** "1 2 3 4 …" under the header, repeated at every page break: never data. */
function isColumnNumberRow(filled: { value: CellValue; text: string }[]): boolean {
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

/** A header cell's wording, folded once for the comparison every row makes. */
interface HeaderText {
  length: number;
  folded: string;
}

/** The header printed again after a page break: the same wordings in the same columns. */
function isRepeatedHeader(filled: { col: number; text: string }[], headerTexts: Map<number, HeaderText>): boolean {
  if (filled.length < 2) return false;
  let same = 0;
  for (const f of filled) {
    const header = headerTexts.get(f.col);
    if (header === undefined || Math.abs(header.length - f.text.length) >= 4) continue;
    const first = foldedStart(f.text);
    if (first !== null && first !== header.folded[0]) continue;
    if (header.folded === foldStart(f.text)) same++;
  }
  return same >= Math.max(2, Math.ceil(filled.length / 2));
}

/** Folding a whole paragraph is wasted work: rules look at how a cell starts. */
function foldStart(text: string): string {
  return fold(text.length > 60 ? text.slice(0, 60) : text);
}

function isSectionRow(
  view: SheetView,
  row: number,
  filled: { col: number; text: string }[],
  ownLabel: string,
  hasDetail: boolean,
  labelCol: number | undefined,
  width: number,
  columns: ColumnMap,
): boolean {
  if (filled.length === 1) {
    const area = view.mergeAt(row, filled[0].col);
    if (area && area.right - area.left + 1 >= Math.max(2, Math.ceil(width / 2))) return true;
  }
  if (hasDetail || filled.length > 2) return false;
  const text = joinedText(filled);
  if (looksLikeSectionTitle(text)) return true;
  // `1` | `Напрям 1. …`, `2.` | `Розділ 2 …`, `II` | `Правова освіта`: the number in its own column,
  // the heading beside it, every value cell empty.
  if (filled.length === 2 && filled[0].col === columns.number) {
    const number = filled[0].text;
    const heading = filled[1].text;
    if ((numberCell(number) !== null || isRomanNumeral(number)) && (looksLikeSectionTitle(heading) || (isRomanNumeral(number) && ownLabel === heading))) return true;
    // The heading merged across the row's other columns, as a section's is and a measure's never.
    const area = view.mergeAt(row, filled[1].col);
    if ((numberCell(number) !== null || isRomanNumeral(number)) && area && area.right - area.left + 1 >= Math.max(2, Math.ceil(width / 2))) return true;
  }
  // A heading typed in the number or task column with the measure column left empty.
  if (ownLabel === "" && labelCol !== undefined && filled.every((f) => f.col < labelCol || f.col === columns.task || f.col === columns.goal)) {
    return !filled.some((f) => f.col === columns.number && numberCell(f.text) !== null && filled.length === 1);
  }
  return false;
}

/** What every form says about a measure row before its own rules add plans, facts and totals. */
export function measureRow(line: MeasureLine): MeasureRow {
  return { row: line.row, number: line.number, measure: line.measure, executor: line.executor || null, section: line.section };
}
