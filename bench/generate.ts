/**
 * Synthetic sheets shaped like the real ones in shared/fixtures (title rows, a two-row merged
 * header, numbered sections, tasks merged down their measures, a signature block), so the
 * benchmark exercises recognition, row reading, every rule and the roll-ups, not a toy table.
 * A seeded generator keeps runs comparable.
 */
import type { CellValue, MergedArea, SheetGrid } from "../src/core/grid";

/** mulberry32: tiny, fast, deterministic; quality is irrelevant here. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EXECUTORS = [
  "Відділ правопросвітництва та надання безоплатної первинної правової допомоги",
  "Відділ представництва",
  "Директор центру, заступник директора центру",
  "Відділ «Бахмутське бюро правової допомоги»",
  "Начальник відділу безоплатної правової допомоги",
];
const QUALITATIVE = ["За потребою", "По мірі необхідності", "Постійно (за потреби)", "Щопонеділка", "При наявності коштів"];
const ACTIVITIES = ["Проведення інформаційних заходів", "Організація виїзних прийомів", "Розміщення публікацій", "Навчання працівників", "Консультування громадян"];

/** How measures are grouped: measures per task, tasks per section. */
const MEASURES_PER_TASK = 6;
const TASKS_PER_SECTION = 4;

interface SheetBuilder {
  rows: CellValue[][];
  merges: MergedArea[];
  width: number;
}

function newSheet(width: number): SheetBuilder {
  return { rows: [], merges: [], width };
}

/** Appends a row (padded to the sheet width) and returns its 1-based sheet row number. */
function addRow(sheet: SheetBuilder, cells: CellValue[]): number {
  const row = cells.slice(0, sheet.width);
  while (row.length < sheet.width) row.push(null);
  sheet.rows.push(row);
  return sheet.rows.length;
}

function mergeAcross(sheet: SheetBuilder, row: number, left = 1, right = sheet.width): void {
  sheet.merges.push({ top: row, left, bottom: row, right });
}

function mergeDown(sheet: SheetBuilder, col: number, top: number, bottom: number): void {
  if (bottom > top) sheet.merges.push({ top, left: col, bottom, right: col });
}

/** Walks sections -> tasks -> measures, calling `measure` for each; returns nothing, fills the sheet. */
function eachMeasure(
  sheet: SheetBuilder,
  measureCount: number,
  section: (index: number) => void,
  measure: (number: string, task: { index: number; number: string; first: boolean }) => void,
  afterTask: (firstRow: number, lastRow: number) => void,
): void {
  let made = 0;
  for (let s = 1; made < measureCount; s++) {
    section(s);
    for (let t = 1; t <= TASKS_PER_SECTION && made < measureCount; t++) {
      const firstRow = sheet.rows.length + 1;
      for (let m = 1; m <= MEASURES_PER_TASK && made < measureCount; m++, made++) {
        measure(`${s}.${t}.${m}`, { index: (s - 1) * TASKS_PER_SECTION + t, number: `${s}.${t}`, first: m === 1 });
      }
      afterTask(firstRow, sheet.rows.length);
    }
  }
}

/** A quarterly report (SPEC form `quarterly-report`) with `measureCount` measure rows. */
export function quarterlyReport(measureCount: number, seed = 1): SheetGrid {
  const random = randomSource(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const sheet = newSheet(8);
  mergeAcross(sheet, addRow(sheet, ["Звіт про виконання плану діяльності місцевого центру з надання безоплатної вторинної правової допомоги"]));
  mergeAcross(sheet, addRow(sheet, ["за III квартал 2021 року"]));
  addRow(sheet, []);
  const head = addRow(sheet, [
    "№ з/п", "Найменування завдання", "Найменування заходу для виконання завдання", "Відповідальний виконавець заходу",
    "Найменування показників результативності виконання заходу", "Значення показників результативності виконання заходу", null,
    "Примітка у разі недовиконання плану",
  ]);
  addRow(sheet, [null, null, null, null, null, "План", "Факт", null]);
  for (const col of [1, 2, 3, 4, 5, 8]) mergeDown(sheet, col, head, head + 1);
  mergeAcross(sheet, head, 6, 7);

  eachMeasure(
    sheet,
    measureCount,
    (s) => mergeAcross(sheet, addRow(sheet, [`${s}. Розділ ${s}: суб'єкти права мають рівний доступ до правової допомоги`])),
    (number, task) => {
      const [plan, fact, note] = reportValues(random, pick);
      addRow(sheet, [
        task.first ? task.index : null,
        task.first ? `${task.number}. Завдання: ранній доступ та інклюзивність` : null,
        `${number}. ${pick(ACTIVITIES)} для мешканців громад`,
        pick(EXECUTORS),
        "Кількість заходів",
        plan, fact, note,
      ]);
    },
    (first, last) => { mergeDown(sheet, 1, first, last); mergeDown(sheet, 2, first, last); },
  );
  addSignature(sheet);
  return { name: "Звіт III кв 2021", values: sheet.rows, top: 1, left: 1, merges: sheet.merges };
}

/** Plan, fact and note with realistic proportions: mostly met, some shortfalls (half explained), a few bad cells. */
function reportValues(random: () => number, pick: <T>(items: readonly T[]) => T): [CellValue, CellValue, CellValue] {
  const roll = random();
  if (roll < 0.08) return [pick(QUALITATIVE), Math.floor(random() * 5) + 1, null];
  const plan = Math.floor(random() * 60) + 1;
  if (roll < 0.16) {
    const fact = Math.floor(plan * random());
    return [plan, fact, random() < 0.5 ? "Захід перенесено на наступний квартал у зв'язку з карантином" : null];
  }
  if (roll < 0.2) return [plan, plan + Math.floor(random() * 10) + 1, null];
  if (roll < 0.21) return [plan, null, null];
  if (roll < 0.22) return [plan, `${plan} заходів`, null];
  if (roll < 0.23) return [plan, String(plan), null];
  return [plan, plan, null];
}

/** An annual plan (SPEC form `annual-plan`) with quarterly targets and `measureCount` measure rows. */
export function annualPlan(measureCount: number, seed = 2): SheetGrid {
  const random = randomSource(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const sheet = newSheet(11);
  mergeAcross(sheet, addRow(sheet, [null, null, null, null, null, null, "ЗАТВЕРДЖЕНО"]), 7, 11);
  mergeAcross(sheet, addRow(sheet, [null, null, null, null, null, null, "Директор центру"]), 7, 11);
  addRow(sheet, []);
  mergeAcross(sheet, addRow(sheet, ["Річний план діяльності місцевого центру з надання безоплатної правової допомоги на 2022 рік"]));
  addRow(sheet, []);
  const head = addRow(sheet, [
    "п/п", "Найменування завдання", "Мета та основний результат виконання завдання", "Найменування заходу для виконання завдання",
    "Відповідальний виконавець заходу", "Найменування показників результативності виконання заходу",
    "Значення показників результативності виконання заходу по регіону в цілому та в розрізі виконавців окремо",
  ]);
  addRow(sheet, [null, null, null, null, null, null, "1 квартал", "2 квартал", "3 квартал", "4 квартал", "Разом"]);
  for (const col of [1, 2, 3, 4, 5, 6]) mergeDown(sheet, col, head, head + 1);
  mergeAcross(sheet, head, 7, 11);

  eachMeasure(
    sheet,
    measureCount,
    (s) => mergeAcross(sheet, addRow(sheet, [`${s}. Підвищення рівня правової спроможності громад (напрям ${s})`])),
    (number, task) => {
      const row = addRow(sheet, [
        task.first ? task.index : null,
        task.first ? `Завдання ${task.number} Підвищення спроможності громад` : null,
        task.first ? "Обізнаність громадян про права" : null,
        `Захід ${number}.1 ${pick(ACTIVITIES)}`,
        pick(EXECUTORS),
        "кількість заходів",
        ...planValues(random, pick),
      ]);
      // A qualitative plan is written once across the four quarter cells, as officials do.
      if (typeof sheet.rows[row - 1][6] === "string" && sheet.rows[row - 1][7] === null) mergeAcross(sheet, row, 7, 10);
    },
    (first, last) => { for (const col of [1, 2, 3]) mergeDown(sheet, col, first, last); },
  );
  addSignature(sheet);
  return { name: "План 2022", values: sheet.rows, top: 1, left: 1, merges: sheet.merges };
}

/** Quarters I..IV and Разом: mostly consistent, some qualitative, a few wrong totals or bad cells. */
function planValues(random: () => number, pick: <T>(items: readonly T[]) => T): CellValue[] {
  if (random() < 0.1) return [pick(QUALITATIVE), null, null, null, null];
  const per = Math.floor(random() * 5) + 1;
  const quarters: CellValue[] = random() < 0.25 ? [per, null, per, null] : [per, per, per, per];
  const sum = quarters.reduce<number>((total, q) => total + (typeof q === "number" ? q : 0), 0);
  const flaw = random();
  if (flaw < 0.03) return [...quarters, sum + 4];
  if (flaw < 0.05) return [...quarters, null];
  if (flaw < 0.06) return [per, `${per} шт`, per, per, null];
  return [...quarters, sum];
}

function addSignature(sheet: SheetBuilder): void {
  addRow(sheet, []);
  addRow(sheet, [null, "Директор", null, null, null, "О. Діфеєшор"]);
  addRow(sheet, [null, "Виконавець", null, null, null, "В. В. Драбенко"]);
}
