import { indicatorSchema } from "./schema/forms";
import { RoleWording } from "./schema/schema";
import { ColumnRole } from "./types";
import { fold } from "./text";
import { cellText } from "./value";
import { SheetView } from "./sheet-view";

export type HeaderRole = ColumnRole | "values-group";

const compiled = indicatorSchema.wordings.map((w: RoleWording, order) => ({
  role: w.role as HeaderRole,
  order,
  patterns: w.patterns.map((p) => new RegExp(p, "u")),
}));

/** Text of a header cell as compared: folded, with words hyphenated across lines joined. */
export function headerText(raw: string): string {
  return fold(raw.replace(/(\p{L})[-‐]\s*\n\s*(\p{L})/gu, "$1$2"));
}

/**
 * The role a header wording names. The earliest keyword in the wording wins, so
 * "Відповідальний виконавець заходу" is an executor and "Найменування заходу…" a measure.
 */
export function roleOfHeader(raw: string): HeaderRole | null {
  const text = headerText(raw);
  if (text === "") return null;
  let best: { role: HeaderRole; at: number; order: number } | null = null;
  for (const entry of compiled) {
    for (const pattern of entry.patterns) {
      const m = pattern.exec(text);
      if (!m) continue;
      const at = m.index;
      if (!best || at < best.at || (at === best.at && entry.order < best.order)) best = { role: entry.role, at, order: entry.order };
    }
  }
  return best?.role ?? null;
}

/** A rectangle of header rows ending at `lastRow`, with the role found for each column. */
export interface HeaderCandidate {
  lastRow: number;
  depth: number;
  roles: Map<ColumnRole, number>;
  /** Every column whose wording names a value role, chosen or not ("I квартал: План" beside the year's). */
  valueCols: { col: number; role: ColumnRole }[];
}

const VALUE_ROLES = new Set<HeaderRole>(["plan", "fact", "q1", "q2", "q3", "q4", "total"]);

/**
 * Reads columns `depth` rows deep ending at `lastRow`. Each column takes the role of its lowest
 * wording that names one; a row that is one merged title across the table is not a header.
 */
export function readHeader(view: SheetView, lastRow: number, depth: number): HeaderCandidate {
  const roles = new Map<ColumnRole, number>();
  const plans: number[] = [];
  const valueCols: { col: number; role: ColumnRole }[] = [];
  const width = view.lastCol - view.firstCol + 1;
  for (let col = view.firstCol; col <= view.lastCol; col++) {
    for (let row = lastRow; row > lastRow - depth && row >= view.firstRow; row--) {
      const area = view.mergeAt(row, col);
      if (area && area.right - area.left + 1 >= Math.max(3, width * 0.75)) break;
      const text = cellText(view.shown(row, col));
      if (text === "") continue;
      const role = roleOfHeader(text);
      if (role === null) break;
      if (role === "plan") plans.push(col);
      if (VALUE_ROLES.has(role)) valueCols.push({ col, role: role as ColumnRole });
      if (role !== "values-group" && !roles.has(role)) roles.set(role, col);
      break;
    }
  }
  // "План на рік | План на I квартал | Факт за I квартал": the plan a fact is measured against stands next to it.
  const fact = roles.get("fact");
  if (fact !== undefined && plans.length > 1) {
    const nearest = plans.reduce((best, col) => (Math.abs(col - fact) < Math.abs(best - fact) || (Math.abs(col - fact) === Math.abs(best - fact) && col < best) ? col : best));
    roles.set("plan", nearest);
  }
  return { lastRow, depth, roles, valueCols };
}
