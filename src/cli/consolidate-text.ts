/** What `consolidate` says, in both languages (plurals via Intl). */
import { counted } from "../core/messages/format";
import type { Lang } from "../core/types";

export interface ConsolidateText {
  nothing: string;
  mixed: (file: string, form: string, first: string, firstForm: string) => string;
  periods: (file: string, first: string) => string;
  made: (file: string, sheet: string, centres: number, measures: number, partial: number, shortfalls: number) => string;
  skippedSheets: (file: string, sheets: string[]) => string;
  /** The same body's report for the same period in two files: a resend would be counted twice. */
  twice: (file: string, first: string, body: string) => string;
  moreTwice: (files: number) => string;
  /** A centre's invalid plan or fact cells: the summary's sums leave them out. */
  invalid: (file: string, sheet: string, cells: string[]) => string;
  /** An input that is itself a consolidation: only its summary sheet is taken. */
  summaryOnly: (file: string, sheets: string[]) => string;
  /** -o names one of the files being consolidated: refused even with --force. */
  outputIsInput: (file: string) => string;
}

const centresUk = { one: "центр", few: "центри", many: "центрів", other: "центру" };
const measuresUk = { one: "захід", few: "заходи", many: "заходів", other: "заходу" };
const rowsUk = { one: "рядок", few: "рядки", many: "рядків", other: "рядка" };
const formUk: Record<string, string> = { "quarterly-report": "квартальний звіт", "annual-plan": "річний план" };
const formEn: Record<string, string> = { "quarterly-report": "quarterly report", "annual-plan": "annual plan" };

export const consolidateText: Record<Lang, ConsolidateText> = {
  uk: {
    nothing: "серед файлів немає ні квартальних звітів, ні річних планів, які можна звести",
    mixed: (file, form, first, firstForm) => `${file} — ${formUk[form] ?? form}, а ${first} — ${formUk[firstForm] ?? firstForm}: зводяться файли однієї форми, нічого не записано`,
    periods: (file, first) => `${file} — звіт за інший період, ніж ${first}: зводяться звіти за один період, нічого не записано`,
    made: (file, sheet, centres, measures, partial, shortfalls) =>
      `${file}: зведення на аркуші «${sheet}»: ${counted(centres, centresUk, "uk")}, ${counted(measures, measuresUk, "uk")}; не в усіх центрах — ${counted(partial, measuresUk, "uk")}; недовиконань без пояснень — ${counted(shortfalls, rowsUk, "uk")}`,
    skippedSheets: (file, sheets) => `${file}: пропущено аркуші іншої форми: ${sheets.map((s) => `«${s}»`).join(", ")}`,
    twice: (file, first, body) => `⚠ ${file} і ${first} — звіти того самого центру («${body}») за той самий період: якщо це повторне надсилання, його числа додано двічі. Залиште один файл (наприклад, виправлений) і зведіть знову`,
    moreTwice: (files) => `⚠ і ще ${counted(files, { one: "файл", few: "файли", many: "файлів", other: "файлу" }, "uk")} з тим самим центром у заголовку, що й раніше названий`,
    outputIsInput: (file) => `${file}: це один із файлів, що зводяться; вкажіть для -o інше ім'я (--force замінює лише попереднє зведення). Нічого не записано`,
    summaryOnly: (file, sheets) =>
      sheets.length > 0
        ? `${file} — уже зведення Pokaznyk: узято лише його підсумок (${sheets.map((s) => `«${s}»`).join(", ")}), копії центрів у ньому не додано ще раз`
        : `${file} — уже зведення Pokaznyk без підсумкового аркуша: пропущено, щоб не додати його центри ще раз`,
    invalid: (file, sheet, cells) => `⚠ ${file}, аркуш «${sheet}»: неприпустимі значення в ${cells.join(", ")} — їх не додано до сум зведення. Виправте в центрі й зведіть знову`,
  },
  en: {
    nothing: "none of the files holds a quarterly report or an annual plan to consolidate",
    mixed: (file, form, first, firstForm) => `${file} holds the form "${formEn[form] ?? form}", ${first} the form "${formEn[firstForm] ?? firstForm}": only files of one form are consolidated, nothing written`,
    periods: (file, first) => `${file} reports on another period than ${first}: only reports for one period are consolidated, nothing written`,
    made: (file, sheet, centres, measures, partial, shortfalls) =>
      `${file}: summary on sheet "${sheet}": ${counted(centres, { one: "centre", other: "centres" }, "en")}, ${counted(measures, { one: "measure", other: "measures" }, "en")}; not in every centre: ${counted(partial, { one: "measure", other: "measures" }, "en")}; unexplained shortfalls: ${counted(shortfalls, { one: "row", other: "rows" }, "en")}`,
    skippedSheets: (file, sheets) => `${file}: sheets of another form left out: ${sheets.map((s) => `"${s}"`).join(", ")}`,
    twice: (file, first, body) => `⚠ ${file} and ${first} are reports of the same centre ("${body}") for the same period: if it is a resend, its figures are added twice. Keep one file (the corrected one, say) and consolidate again`,
    moreTwice: (files) => `⚠ and ${counted(files, { one: "file", other: "files" }, "en")} more naming in its title a centre named before`,
    outputIsInput: (file) => `${file}: this is one of the files being consolidated; name another file with -o (--force replaces only an earlier summary). Nothing was written`,
    summaryOnly: (file, sheets) =>
      sheets.length > 0
        ? `${file} is already a Pokaznyk consolidation: only its summary is taken (${sheets.map((s) => `"${s}"`).join(", ")}), not its centres' copies again`
        : `${file} is already a Pokaznyk consolidation without its summary sheet: left out, so that its centres are not added again`,
    invalid: (file, sheet, cells) => `⚠ ${file}, sheet "${sheet}": invalid values in ${cells.join(", ")} are left out of the summary's sums. Fix them at the centre and consolidate again`,
  },
};
