/**
 * Whose plan or report a sheet is, read from the title rows above its table: the receiving office
 * sorts dozens of files by centre, and the file names they arrive under rarely say it. Officials
 * write the name into the title in a handful of ways (seeds 000–003, the fixtures):
 * - after the document's kind: «Звіт про виконання плану діяльності Краматорського місцевого
 *   центру … за I квартал 2020 року», «План роботи Лиманського бюро правової допомоги на 2023 рік»,
 *   «… плану діяльності: Коростенський місцевий центр …»;
 * - in brackets after a plan's subject: «ПЛАН ЗАХОДІВ щодо … (Коростенський місцевий центр …)»;
 * - in the approval stamp: «Директор Житомирського місцевого центру …», «Наказ Білоцерківського …»;
 * - as a letterhead in capitals: «ПОКРОВСЬКА МІСЬКА РАДА».
 * The name is returned as written (often in the genitive, as the title has it): turning Ukrainian
 * phrases to the nominative by rule would misspell more names than it mends.
 */
import type { CellValue, SheetGrid } from "./grid";

/** How far down a sheet that is not a form the title is looked for. */
const TITLE_ROWS_WITHOUT_FORM = 20;
/** A name longer than this is a sentence that happens to hold an organisation word, not a name. */
const NAME_MAX = 200;
/** A row with this many filled cells is a table's row (a header), not a title. */
const TABLE_ROW_CELLS = 3;

const L = "\\p{L}";
/** The word that makes a phrase an organisation's name, in any case form (центр, центру; рада, ради). */
const HEAD = new RegExp(
  `(?<!${L})(?:центр|бюро|рад[аиіу]|радою|адміністрац|держадміністрац|управлінн|відділ|служб|департамент|комітет|установ|заклад|інспекц|агентств|громад)${L}*`,
  "iu",
);
/** A letterhead ends with the body's own noun, in the nominative. */
const LETTERHEAD_HEAD = new RegExp(`(?<!${L})(?:рада|адміністрація|центр|управління|відділ|служба|департамент|комітет|бюро)$`, "iu");
/** «плану діяльності», «план роботи», «плану заходів»: the name follows (after a colon, sometimes). */
const AFTER_PLAN = new RegExp(`(?<!${L})план[ауи]?\\s+(?:діяльності|роботи|заходів)(?!${L})\\s*`, "iu");
/**
 * Who approved or ordered it, at the start of a stamp's line: «Директор …», «В.о. директора …»,
 * «Наказ …». Only there: «… цього розпорядження покласти на управління …» in an order's text is
 * whom a task goes to, not whose document it is.
 */
const AFTER_SIGNATORY = new RegExp(`^(?:т\\.?\\s*)?(?:в\\.?\\s*о\\.?\\s*)?(?:директор[а]?|начальник[а]?|керівник[а]?|наказ|розпорядження|рішення)(?!${L})\\s+`, "iu");
/** Where a name ends: the period («за I квартал», «на 2023 рік», «за 9 місяців»), a bracket, a dash. */
const NAME_END = new RegExp(
  `(?:^|\\s+)(?:за|на|у|в)\\s+(?=[IVXІХ]+(?!${L})|\\d|перш|друг|трет|четв|півріч|дев|рік|період|квартал)|\\s*[(;]|\\s+[–—-]\\s+`,
  "iu",
);
/** A period said first, before a colon and the name: «на 2024 рік: Коростенський …». */
const PERIOD_FIRST = new RegExp(`^(?:за|на|у|в)\\s+[^:]*?:\\s*`, "iu");

/**
 * The organisation named in the rows above the table (`headerRow`: the table's last header row,
 * null for a sheet that is not a form), or null when the title names none.
 */
export function organisationOf(grid: SheetGrid, headerRow: number | null): string | null {
  const lines = titleLines(grid, headerRow);
  for (const find of [afterPlan, inBrackets, afterSignatory, letterhead]) {
    for (const line of lines) {
      const name = find(line);
      if (name !== null) return name;
    }
  }
  return null;
}

/** Each filled cell above the table, one line each, spaces collapsed; stops at the first table row. */
function titleLines(grid: SheetGrid, headerRow: number | null): string[] {
  const last = headerRow ?? grid.top + TITLE_ROWS_WITHOUT_FORM - 1;
  const lines: string[] = [];
  for (let r = grid.top; r <= last && r - grid.top < grid.values.length; r++) {
    const texts = (grid.values[r - grid.top] ?? []).map(textOf).filter((t) => t !== "");
    if (texts.length >= TABLE_ROW_CELLS) break;
    lines.push(...texts);
  }
  return lines;
}

function textOf(value: CellValue): string {
  return typeof value === "string" ? value.replace(/\s+/g, " ").trim() : "";
}

function afterPlan(line: string): string | null {
  const at = AFTER_PLAN.exec(line);
  if (!at) return null;
  let rest = line.slice(at.index + at[0].length).replace(/^:\s*/, "");
  rest = rest.replace(PERIOD_FIRST, "");
  return nameIn(rest);
}

function inBrackets(line: string): string | null {
  for (const match of line.matchAll(/\(([^()]+)\)/g)) {
    const name = nameIn(match[1]);
    if (name !== null) return name;
  }
  return null;
}

function afterSignatory(line: string): string | null {
  const at = AFTER_SIGNATORY.exec(line);
  if (!at) return null;
  // «Розпорядження голови обласної держадміністрації»: the office's title goes before the body's name.
  const rest = line.slice(at.index + at[0].length).replace(/^(?:голови|директора|начальника|керівника)\s+/iu, "");
  return nameIn(rest);
}

/** A line in capitals that is only a body's name: «ПОКРОВСЬКА МІСЬКА РАДА». */
function letterhead(line: string): string | null {
  if (line !== line.toUpperCase() || line.length > NAME_MAX) return null;
  return LETTERHEAD_HEAD.test(line) ? line : null;
}

/** The text up to where a name ends, if it holds an organisation's word; null otherwise. */
function nameIn(text: string): string | null {
  const end = NAME_END.exec(text);
  const name = (end ? text.slice(0, end.index) : text).replace(/[\s.,:;«»"“”]+$/u, "").replace(/^[\s«"“]+/u, "").trim();
  // One word («центру») names no one in particular: «…плану діяльності центру на 2022 рік».
  if (!/\s/.test(name) || name.length > NAME_MAX) return null;
  return HEAD.test(name) ? name : null;
}
