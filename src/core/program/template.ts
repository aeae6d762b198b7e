import { cellAddress } from "../address";
import { formById } from "../schema/forms";
import { ColumnRole } from "../types";
import type { BodyRow, ColumnKind, ColumnSpec, LayoutSpec } from "../templates/layout";
import type { TemplateDetails } from "../templates/types";
import { deviationFormula } from "./formulas";

/** The sources a programme is financed from, one breakdown row each under the total. */
const SOURCES = ["Державний бюджет", "Обласний бюджет", "Бюджет громади", "Інші джерела"];
export const PROGRAM_TOTAL = "ВСЬОГО ПО ПРОГРАМІ, у тому числі:";
const NOT_APPLICABLE = "х";

const LAYOUT: { role: ColumnRole; width: number; kind: ColumnKind }[] = [
  { role: "number", width: 6, kind: "number" },
  { role: "measure", width: 40, kind: "text" },
  { role: "executor", width: 26, kind: "text" },
  { role: "source", width: 18, kind: "text" },
  { role: "planned", width: 13, kind: "fact" },
  { role: "financed", width: 13, kind: "fact" },
  { role: "used", width: 13, kind: "fact" },
  { role: "percent", width: 11, kind: "percent" },
  { role: "deviation", width: 13, kind: "total" },
  { role: "note", width: 30, kind: "note" },
];
const at = (role: ColumnRole) => LAYOUT.findIndex((c) => c.role === role);

type Layout = Pick<LayoutSpec, "form" | "name" | "title" | "subtitle" | "columns" | "section" | "body">;

/**
 * «Інформація про виконання … програми»: the two-row header (money under «Обсяги фінансування на
 * рік, тис. грн»), column numbers, an example section, rows with live % used and deviation, the
 * total «ВСЬОГО ПО ПРОГРАМІ» with its rows by source, and the signatures below.
 */
export function programLayout(d: TemplateDetails, rows: number): Layout {
  const form = formById("program-execution");
  const group = `Обсяги фінансування на ${d.year} рік, тис. грн`;
  const columns: ColumnSpec[] = LAYOUT.map(({ role, width, kind }) => {
    const column = form.columns.find((c) => c.role === role);
    if (!column) throw new Error(`program-execution has no ${role} column`);
    const grouped = role === "planned" || role === "financed" || role === "used";
    return { header: column.header.uk, width, kind, ...(grouped && { group }), ...(kind === "percent" && { sources: [at("planned"), at("used")] }) };
  });
  const section = "1. Назва напряму (приклад: замініть своїм)";
  return {
    form: "program-execution",
    name: `Виконання програми ${d.year}`,
    title: `Інформація ${d.organisation} про виконання програми`,
    subtitle: periodLine(d),
    section,
    columns,
    body: programBody(section, rows, firstBodyRow()),
  };
}

/**
 * The report's period from the quarter asked (SPEC: programme reports run from the start of the
 * year): the money planned is the year's, so a part-year title keeps used-below-planned from
 * being taken for an underspend (`underspend-unexplained`'s exception).
 */
function periodLine(d: TemplateDetails): string {
  return [`за I квартал ${d.year} року`, `за I півріччя ${d.year} року`, `за 9 місяців ${d.year} року`, `за ${d.year} рік`][(d.quarter ?? 4) - 1];
}

/** The template's first body row: title, subtitle, a blank row, two header rows, column numbers. */
function firstBodyRow(): number {
  return 7;
}

function programBody(section: string, rows: number, first: number): BodyRow[] {
  const measuresFirst = first + 1;
  const measuresLast = measuresFirst + rows - 1;
  const measure = (row: number): BodyRow => {
    const formulas: (string | null)[] = LAYOUT.map(() => null);
    formulas[at("deviation")] = deviationFormula(row, at("planned") + 1, at("used") + 1, "used-minus-planned");
    // A formula's cached result on an empty row is a blank: "" as Excel caches it.
    return { kind: "measure", values: LAYOUT.map((c) => (c.role === "deviation" ? "" : null)), formulas };
  };
  const range = (role: ColumnRole) => `${cellAddress(measuresFirst, at(role) + 1)}:${cellAddress(measuresLast, at(role) + 1)}`;
  const totalRow = (row: number, source: string | null): BodyRow => {
    const values: (string | null)[] = LAYOUT.map(() => NOT_APPLICABLE);
    const formulas: (string | null)[] = LAYOUT.map(() => null);
    values[at("measure")] = source === null ? PROGRAM_TOTAL : NOT_APPLICABLE;
    values[at("source")] = source ?? NOT_APPLICABLE;
    // The deviation adds up its rows like the money does, so the total agrees with subtotal-mismatch
    // while some rows still wait for their used amount.
    for (const role of ["planned", "financed", "used", "deviation"] as const) {
      const sum = source === null ? `SUM(${range(role)})` : `SUMIF(${range("source")},${cellAddress(row, at("source") + 1)},${range(role)})`;
      formulas[at(role)] = `=IF(COUNT(${range(role)})=0,"",${sum})`;
      values[at(role)] = "";
    }
    // The percent column's own formula (layout) divides the total's used by its planned.
    values[at("percent")] = null;
    return { kind: "measure", values, formulas };
  };
  const totalFirst = measuresLast + 1;
  return [
    { kind: "section", title: section },
    ...Array.from({ length: rows }, (_, k) => measure(measuresFirst + k)),
    totalRow(totalFirst, null),
    ...SOURCES.map((source, k) => totalRow(totalFirst + 1 + k, source)),
  ];
}
