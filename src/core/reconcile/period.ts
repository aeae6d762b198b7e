import { fold, romanValue } from "../text";

export type QuarterNumber = 1 | 2 | 3 | 4;

/** Which part of the year a report covers, as its title and header say. */
export interface ReportPeriod {
  /** The last quarter the report covers; null when the title names none. */
  quarter: QuarterNumber | null;
  /** The figures run from the start of the year: the approved value is the sum of the quarters up to `quarter`. */
  cumulative: boolean;
  year: number | null;
}

// "за I квартал", "за II кв.", "за 3-й квартал", "за перший квартал": the quarter the report closes.
const QUARTER = /(?:^|[\s(])(і{1,3}|іv|[1-4])(?:-?(?:й|ий|ій))?\s*\.?\s*(?:кв\.?|квартал)/u;
const QUARTER_WORD: Record<string, QuarterNumber> = { перший: 1, другий: 2, третій: 3, четвертий: 4 };
const QUARTER_IN_WORDS = /(перший|другий|третій|четвертий)\s+квартал/u;
// Half a year and nine months close the second and third quarters and always run from January.
const HALF_YEAR = /(?:^|\s)(?:і\s*|перше\s+)?півріччя/u;
// The second half alone (July to December) is neither a quarter nor a running total.
const SECOND_HALF = /(?:іі|2|друге)\s*-?\s*(?:ге\s*)?півріччя/u;
// fold() drops apostrophes: «дев'ять» arrives as «девять».
const NINE_MONTHS = /(?:9|девять)\s*(?:-?ти\s*)?місяц/u;
const FROM_START = /з\s+початку\s+(?:року|\d{4})|наростаючим\s+підсумком|наростаючий\s+підсумок/u;
const YEAR = /(?:^|\D)(20\d{2})(?:\D|$)/u;
// An approval stamp above a plan («« 28 » грудня 2021 року», «від 28.12.2021») dates the signature, not the plan.
const DATED = /\d{1,2}\s*»?\s*(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)\s+20\d{2}|\d{1,2}\.\d{1,2}\.20\d{2}/u;

/** Reads the report's period from its title and header text (any number of lines). */
export function reportPeriod(text: string): ReportPeriod {
  const folded = fold(text);
  // fold() joins lines; the stamp is told apart line by line.
  const undated = text.split("\n").map(fold).find((line) => YEAR.test(line) && !DATED.test(line));
  const year = YEAR.exec(undated ?? folded);
  const period: ReportPeriod = { quarter: null, cumulative: FROM_START.test(folded), year: year ? Number(year[1]) : null };
  if (NINE_MONTHS.test(folded)) return { ...period, quarter: 3, cumulative: true };
  if (SECOND_HALF.test(folded)) return period;
  if (HALF_YEAR.test(folded)) return { ...period, quarter: 2, cumulative: true };
  const numbered = QUARTER.exec(folded);
  if (numbered) {
    const n = /^\d$/.test(numbered[1]) ? Number(numbered[1]) : romanValue(numbered[1]);
    if (n !== null && n >= 1 && n <= 4) return { ...period, quarter: n as QuarterNumber };
  }
  const worded = QUARTER_IN_WORDS.exec(folded);
  if (worded) return { ...period, quarter: QUARTER_WORD[worded[1]] };
  return period;
}
