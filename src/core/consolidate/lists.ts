/**
 * The lists beside the summary, as plain tables the office sorts and filters: the centres with
 * their execution, each centre's shortfalls left unexplained, and the measures not every centre
 * reported (or reported with another indicator, so not added to the others).
 */
import type { CellValue } from "../grid";
import type { Consolidation } from "./gather";

export interface ListColumn {
  header: string;
  width: number;
  /** A fraction shown as a percentage. */
  percent?: true;
}

export interface ListSheet {
  name: string;
  columns: ListColumn[];
  rows: CellValue[][];
}

export const LIST_NAMES = { centres: "Центри", shortfalls: "Недовиконання без пояснень", partial: "Не в усіх центрах" } as const;

/** Centres named in a cell of the partial list before it says how many more. */
const NAMED = 20;

export function centresList(c: Consolidation): ListSheet {
  return {
    name: LIST_NAMES.centres,
    columns: [
      { header: "Аркуш у зведенні", width: 28 },
      { header: "Файл", width: 30 },
      { header: "Аркуш у файлі", width: 20 },
      { header: "Заголовок", width: 60 },
      { header: "Заходів", width: 10 },
      // The engine's figure for the centre's own sheet: the mean of capped percentages, so units are never added.
      { header: "Виконання (середнє по заходах)", width: 16, percent: true },
      { header: "Недовиконань без пояснень", width: 16 },
      { header: "Помилок", width: 10 },
    ],
    rows: c.centres.map((centre) => [centre.name, centre.file, centre.sheet, centre.title, centre.measures, centre.execution === null ? null : centre.execution / 100, centre.shortfalls.length, centre.errors]),
  };
}

export function shortfallsList(c: Consolidation): ListSheet {
  return {
    name: LIST_NAMES.shortfalls,
    columns: [
      { header: "Центр", width: 28 },
      { header: "Рядок", width: 8 },
      { header: "№ з/п", width: 8 },
      { header: "Найменування заходу", width: 50 },
      { header: "Показник", width: 26 },
      // Not «План»/«Факт»: `check` would read the list as one more report and count its shortfalls twice.
      { header: "Ціль", width: 10 },
      { header: "Досягнуто", width: 10 },
    ],
    rows: c.centres.flatMap((centre) => centre.shortfalls.map((s) => [centre.name, s.row, s.number, s.measure, s.indicator, s.plan, s.fact])),
  };
}

export function partialList(c: Consolidation): ListSheet {
  const all = c.centres.length;
  const rows: CellValue[][] = [];
  c.lines.forEach((line) => {
    if (line.cells.size === all && line.splitFrom === null) return;
    const missing = c.centres.map((centre, k) => (line.cells.has(k) ? null : centre.name)).filter((n): n is string => n !== null);
    const named = missing.length > NAMED ? `${missing.slice(0, NAMED).join(", ")} і ще ${missing.length - NAMED}` : missing.join(", ");
    const other = line.splitFrom === null ? null : c.lines[line.splitFrom].head.indicator;
    rows.push([line.head.number, line.head.measure, line.head.indicator, line.cells.size, named, other === null ? null : `інший показник, ніж «${other}»: не додано до нього`]);
  });
  return {
    name: LIST_NAMES.partial,
    columns: [
      { header: "№ з/п", width: 8 },
      { header: "Найменування заходу", width: 50 },
      { header: "Показник", width: 26 },
      { header: "Є у центрів", width: 10 },
      { header: "Немає у", width: 40 },
      { header: "Чому окремо", width: 40 },
    ],
    rows,
  };
}
