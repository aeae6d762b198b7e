/**
 * Dates as Excel hands them to an add-in: a serial number (31.12.2021 is 44561) in a cell whose
 * number format shows it as a date ("Work with dates using the Excel JavaScript API"). The CLI
 * gets a Date from exceljs for the same cell, so the task pane turns such a serial into exactly
 * that Date: same rule for which formats are dates (exceljs's utils.isDateFmt), same arithmetic
 * (utils.excelToDate), same date system.
 */

const MS_PER_DAY = 24 * 3600 * 1000;
/** 1 January 1970 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the two date systems' day 0 (30.12.1899 and 1.1.1904). */
const DAYS_1904 = 1462;

/**
 * exceljs's rule for a date format: after dropping [colour/locale] sections and "quoted text",
 * any of y m d h M s b left. "General", "0.0%", "# ##0,00" are not; "dd.mm.yyyy", "m/d/yyyy",
 * "h:mm" are. (It also counts an escaped letter, \m, as a date: exceljs does, so must we.)
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string" || format === "") return false;
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

/** A serial as exceljs turns it into a Date: UTC midnight of the day, times to the millisecond. */
export function serialToDate(serial: number, date1904 = false): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1904 : 0)) * MS_PER_DAY));
}

/**
 * Whether the workbook counts from 1904, read from what Excel's DATE(1904, 1, 1) gives: 1462 in
 * the 1900 date system, 0 in the 1904 one. (Workbook.use1904DateSystem would say it directly, but
 * it is in no released requirement set: not in @types/office-js 1.0.612 nor in office.js 1.1.110.)
 */
export function isDate1904(date190411: number | null | undefined): boolean {
  return date190411 === 0;
}
