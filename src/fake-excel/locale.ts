/**
 * What the user's locale changes in Excel's calculation, for the two locales Pokaznyk's users
 * have: how a number becomes text (12.5 & "" is "12.5" in en-US, "12,5" in uk-UA) and how
 * VALUE() and arithmetic read text as a number ("12,5" is 125 in en-US; "12.5" is the date
 * 12 May in uk-UA). NUMBERVALUE with explicit separators is the locale-free way (./functions).
 * Formulas themselves are always English with commas, as the API's `formulas` gives them.
 * Dates are serial numbers in the workbook's date system (dateSerial, also Excel's DATE).
 */
const MS_PER_DAY = 24 * 3600 * 1000;

/**
 * Excel's DATE: the serial of a day in the 1900 date system (1 = 1.1.1900, with Excel's phantom
 * 29.2.1900, so days from 1 March 1900 on count from 30.12.1899) or in the 1904 one (0 = 1.1.1904).
 * Years 0…1899 are taken as 1900 + year, as Excel does.
 */
export function dateSerial(year: number, month: number, day: number, date1904: boolean): number {
  const y = year < 1900 ? year + 1900 : year;
  const ms = Date.UTC(y, month - 1, day);
  if (date1904) return Math.round((ms - Date.UTC(1904, 0, 1)) / MS_PER_DAY);
  const serial = Math.round((ms - Date.UTC(1899, 11, 30)) / MS_PER_DAY);
  return serial < 61 ? serial - 1 : serial;
}

export type FakeLocale = "en-US" | "uk-UA";

export interface CalcEnv {
  locale: FakeLocale;
  date1904: boolean;
}

const SEPARATORS: Record<FakeLocale, { decimal: string; group: RegExp }> = {
  "en-US": { decimal: ".", group: /,/g },
  // Windows' Ukrainian group separator is a no-break space; a plain space reads the same.
  "uk-UA": { decimal: ",", group: /[ \u00a0]/g },
};

/**
 * A number as Excel turns it into text (the General format in a formula: `&`, LEN,
 * SUBSTITUTE): at most 15 significant digits, the locale's decimal separator, no grouping.
 */
export function numberText(n: number, env: CalcEnv): string {
  const text = String(Number(n.toPrecision(15)))
    .toUpperCase()
    .replace(/E([+-])(\d)$/, "E$10$2");
  return env.locale === "uk-UA" ? text.replace(".", ",") : text;
}

/**
 * VALUE()'s reading of text, as the locale reads what is typed into a cell: a number with the
 * locale's separators (a percent sign divides by 100), or a date ("31.12.2021", "12.5" in uk-UA;
 * "12/31/2021", "12/5" in en-US) as its serial; null when it is neither.
 */
export function readTypedNumber(raw: string, env: CalcEnv): number | null {
  const text = raw.trim();
  const { decimal, group } = SEPARATORS[env.locale];
  const dateParts = env.locale === "uk-UA" ? /^(\d{1,2})\.(\d{1,2})(?:\.(\d{2}|\d{4}))?$/.exec(text) : /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(text);
  if (dateParts) {
    const [a, b] = [Number(dateParts[1]), Number(dateParts[2])];
    const [day, month] = env.locale === "uk-UA" ? [a, b] : [b, a];
    const year = dateParts[3] === undefined ? new Date().getFullYear() : Number(dateParts[3].length === 2 ? `20${dateParts[3]}` : dateParts[3]);
    if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
    return dateSerial(year, month, day, env.date1904);
  }
  const m = /^([+-]?)([\d., \u00a0]*\d[\d., \u00a0]*)([Ee][+-]?\d+)?(%?)$/.exec(text);
  if (!m) return null;
  const body = m[2].replace(group, "");
  if ((decimal === "." ? /[, \u00a0]/ : /[. \u00a0]/).test(body)) return null;
  const parts = body.split(decimal);
  if (parts.length > 2 || !/^\d*$/.test(parts[0]) || (parts[1] !== undefined && !/^\d*$/.test(parts[1]))) return null;
  const value = Number(`${m[1]}${parts[0] || "0"}.${parts[1] ?? ""}`.replace(/\.$/, "") + (m[3] ?? ""));
  return m[4] ? value / 100 : value;
}

/**
 * Excel's NUMBERVALUE(text, decimal, group): separators given (their first character), else the
 * locale's; spaces anywhere ignored; a group separator before the decimal one ignored, after it
 * an error, two decimal separators an error; trailing % divide by 100; empty text is 0.
 */
export function numberValue(text: string, env: CalcEnv, decimalArg?: string, groupArg?: string): number | null {
  const locale = SEPARATORS[env.locale];
  const decimal = decimalArg === undefined ? locale.decimal : decimalArg.charAt(0);
  const group = groupArg === undefined ? (env.locale === "uk-UA" ? "\u00a0" : ",") : groupArg.charAt(0);
  if (!decimal || decimal === group) return null;
  let body = text.replace(/ /g, "");
  if (body === "") return 0;
  let percent = 0;
  while (body.endsWith("%")) {
    body = body.slice(0, -1);
    percent++;
  }
  const at = body.indexOf(decimal);
  if (at >= 0 && body.indexOf(decimal, at + 1) >= 0) return null;
  const whole = at >= 0 ? body.slice(0, at) : body;
  const fraction = at >= 0 ? body.slice(at + decimal.length) : "";
  if (group && fraction.includes(group)) return null;
  const digits = `${group ? whole.split(group).join("") : whole}${at >= 0 ? `.${fraction}` : ""}`;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i.test(digits)) return null;
  return Number(digits) / 100 ** percent;
}
