import { CellValue } from "./grid";
import { fold } from "./text";
import { cellText } from "./value";

/** What a deadline or period cell says: the years it names, or that it recurs with no date. */
export type DeadlineReading = { kind: "years"; years: number[] } | { kind: "recurring" } | { kind: "unreadable" };

const YEAR = /(?<!\d)(19\d{2}|20\d{2})(?!\d)/g;
const MONTH = /(січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд)/u;
const QUARTER = /(^|\s)(і|іі|ііі|іv|1|2|3|4)(-?(й|ий|ій))?\s*(кв\.?|квартал)|півріччя|семестр/u;
const RECURRING = /(постійно|щоро|щорічно|щоквартал|щоміся|щопівроку|раз на|двічі на|щотижн|щодня|щопонеділ|протягом|упродовж|у разі|в разі|за потреб|по мірі|при потребі|у міру|відповідно до|до закінчення|впродовж|систематично|регулярно|на постійній)/u;
const DATE = /\d{1,2}\.\d{1,2}\.(\d{2}|\d{4})/;

export function readDeadline(text: string): DeadlineReading {
  const folded = fold(text);
  const years = [...folded.matchAll(YEAR)].map((m) => Number(m[1]));
  if (years.length > 0) {
    // "2021-2026" names every year between.
    const range = /(19\d{2}|20\d{2})\s*-\s*(19\d{2}|20\d{2})/.exec(folded);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])].sort((a, b) => a - b);
      for (let y = from; y <= to && y - from < 50; y++) if (!years.includes(y)) years.push(y);
    }
    return { kind: "years", years: years.sort((a, b) => a - b) };
  }
  if (MONTH.test(folded) || QUARTER.test(folded) || DATE.test(folded) || RECURRING.test(folded)) return { kind: "recurring" };
  return { kind: "unreadable" };
}

/**
 * A deadline or period cell as it comes: a date cell (Excel's serial with a date format reaches the
 * engine as a Date) names its year; text reads as above.
 */
export function readDeadlineCell(cell: CellValue): DeadlineReading {
  if (cell instanceof Date && !Number.isNaN(cell.getTime())) return { kind: "years", years: [cell.getUTCFullYear()] };
  return readDeadline(cellText(cell));
}

const MONTH_GENITIVE = "(січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)";
const SIGNING_DATE = new RegExp(`\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|\\d{1,2}\\s*»?\\s*${MONTH_GENITIVE}\\s+\\d{4}`, "gu");

const TITLE_WORD = /(план|програм|стратегі|звіт|заход)/u;
/** Approval stamps and their lines: they end a title that runs over several rows. */
const STAMP = /^(затверджено|погоджено|схвалено|додаток|рішення|наказ|розпорядження|протокол|постанова|від\s)/u;

/**
 * The years a plan covers, read from its title ("План дій на 2021 рік", "на період 2017-2020 років").
 * A title may run over several rows («ПЛАН ЗАХОДІВ» above «щодо … на 2025 рік»): the rows right
 * after a titled one continue it until an approval stamp. Signing dates ("« 2 » грудня 2023 року",
 * "від 25.05.2021") name when it was approved, not what it plans.
 */
export function planPeriod(titles: string[]): { from: number; to: number } | null {
  let from = Infinity;
  let to = -Infinity;
  let continues = false;
  for (const title of titles) {
    const folded = fold(title);
    if (STAMP.test(folded)) {
      continues = false;
      continue;
    }
    if (TITLE_WORD.test(folded)) continues = true;
    if (!continues) continue;
    const reading = readDeadline(folded.replace(SIGNING_DATE, " "));
    if (reading.kind !== "years") continue;
    from = Math.min(from, reading.years[0]);
    to = Math.max(to, reading.years[reading.years.length - 1]);
  }
  return Number.isFinite(from) ? { from, to } : null;
}
