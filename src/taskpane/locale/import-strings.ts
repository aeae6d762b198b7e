import type { NounForms } from "../../core/messages/format";
import type { XlsxProblemKind } from "../../xlsx";

/** The pane's words for importing centres' files as sheets beside «Зведення» (issue 11). */
export interface ImportStrings {
  button: string;
  hint: string;
  /** This Excel lacks insertWorksheetsFromBase64 (ExcelApi 1.13). */
  unsupported: string;
  added: (sheets: string, names: string[]) => string;
  nothingAdded: string;
  /** Why one file did not come in; `largest` in MB already written out. */
  tooLarge: (largest: string) => string;
  noForm: string;
  /** The same report is already in the workbook as `sheet` (added earlier). */
  already: (sheet: string) => string;
  unreadable: Record<XlsxProblemKind, string>;
  excel: (message: string) => string;
  remove: string;
  /** Other sheets' formulas link the added sheets (a «Зведення» of them). */
  linked: (sheets: string[]) => string;
  removeAnyway: string;
  keepThem: string;
  removed: (sheets: string, names: string[]) => string;
  noneLeft: string;
  /** Added sheets changed since, so left in place. */
  kept: (names: string[]) => string;
  sheetForms: NounForms;
}

const ukUnreadable: Record<XlsxProblemKind, string> = {
  "zero-bytes": "файл порожній (0 байтів)",
  "legacy-or-encrypted": "книга у старому форматі .xls або захищена паролем: збережіть її як .xlsx без пароля",
  "not-xlsx": "це не книга Excel (.xlsx)",
  ods: "це таблиця LibreOffice (.ods): збережіть її як .xlsx",
  corrupt: "файл пошкоджений",
  crc: "файл пошкоджений (контрольна сума не збігається)",
  "too-large": "файл завеликий, щоб його прочитати",
  "not-a-workbook": "це не книга Excel",
  unsupported: "такий файл не читається (.xlsb чи зашифровані частини): збережіть його як .xlsx",
  "sheet-too-large": "аркуш завеликий, щоб його прочитати",
};

const enUnreadable: Record<XlsxProblemKind, string> = {
  "zero-bytes": "the file is empty (0 bytes)",
  "legacy-or-encrypted": "an old .xls workbook or a password-protected one: save it as .xlsx without a password",
  "not-xlsx": "not an Excel workbook (.xlsx)",
  ods: "a LibreOffice spreadsheet (.ods): save it as .xlsx",
  corrupt: "the file is corrupt",
  crc: "the file is corrupt (a checksum does not match)",
  "too-large": "the file is too large to read",
  "not-a-workbook": "not an Excel workbook",
  unsupported: "this kind of file cannot be read (.xlsb or encrypted parts): save it as .xlsx",
  "sheet-too-large": "a sheet is too large to read",
};

export const ukImport: ImportStrings = {
  button: "Додати файли центрів…",
  hint: "Аркуші звітів із файлів .xlsx центрів стануть аркушами цієї книги, названими за файлами; самі файли не змінюються.",
  unsupported: "Додавати файли центрів уміє Excel з ExcelApi 1.13 (Microsoft 365, Excel 2021, Excel для Інтернету). Тут вставте аркуші центрів вручну: «Переміщення або копіювання…» на ярлику аркуша.",
  added: (sheets, names) => `Додано ${sheets}: ${names.map((n) => `«${n}»`).join(", ")}.`,
  nothingAdded: "Жодного аркуша не додано.",
  tooLarge: (largest) => `файл завеликий: Excel приймає від надбудови файл до ${largest} МБ. Вставте аркуш вручну («Переміщення або копіювання…»)`,
  noForm: "у файлі немає звіту чи плану, які можна звести",
  already: (sheet) => `цей звіт уже додано як аркуш «${sheet}»: другу копію «Зведення» підсумувало б двічі`,
  unreadable: ukUnreadable,
  excel: (message) => `Excel не вставив аркуші (${message})`,
  remove: "Прибрати додані аркуші",
  linked: (sheets) =>
    `${sheets.length === 1 ? "Аркуш" : "Аркуші"} ${sheets.map((n) => `«${n}»`).join(", ")} ${sheets.length === 1 ? "посилається" : "посилаються"} на додані аркуші: без них ці формули покажуть #REF!. Прибрати все одно?`,
  removeAnyway: "Прибрати все одно",
  keepThem: "Залишити",
  removed: (sheets, names) => `Прибрано ${sheets}: ${names.map((n) => `«${n}»`).join(", ")}.`,
  noneLeft: "Доданих аркушів у книзі вже немає.",
  kept: (names) =>
    names.length === 1
      ? `Аркуш «${names[0]}» не прибрано: його змінено після додавання (там може бути ваша робота). Якщо він не потрібен, видаліть його вручну.`
      : `Аркуші ${names.map((n) => `«${n}»`).join(", ")} не прибрано: їх змінено після додавання (там може бути ваша робота). Якщо вони не потрібні, видаліть їх вручну.`,
  sheetForms: { one: "аркуш", few: "аркуші", many: "аркушів", other: "аркуша" },
};

export const enImport: ImportStrings = {
  button: "Add centres' files…",
  hint: "The report sheets of the centres' .xlsx files become sheets of this workbook, named after the files; the files themselves are not changed.",
  unsupported: "Adding centres' files needs an Excel with ExcelApi 1.13 (Microsoft 365, Excel 2021, Excel on the web). Here, copy the centres' sheets in by hand: “Move or Copy…” on the sheet's tab.",
  added: (sheets, names) => `Added ${sheets}: ${names.map((n) => `“${n}”`).join(", ")}.`,
  nothingAdded: "No sheet was added.",
  tooLarge: (largest) => `the file is too large: Excel takes files of up to ${largest} MB from an add-in. Copy the sheet in by hand (“Move or Copy…”)`,
  noForm: "the file holds no report or plan that can be consolidated",
  already: (sheet) => `this report is already in as sheet “${sheet}”: Consolidate would sum a second copy twice`,
  unreadable: enUnreadable,
  excel: (message) => `Excel did not insert the sheets (${message})`,
  remove: "Remove the added sheets",
  linked: (sheets) => `${sheets.map((n) => `“${n}”`).join(", ")} ${sheets.length === 1 ? "links" : "link"} the added sheets: without them those formulas will show #REF!. Remove them anyway?`,
  removeAnyway: "Remove anyway",
  keepThem: "Keep them",
  removed: (sheets, names) => `Removed ${sheets}: ${names.map((n) => `“${n}”`).join(", ")}.`,
  noneLeft: "The added sheets are no longer in the workbook.",
  kept: (names) =>
    names.length === 1
      ? `“${names[0]}” was not removed: it changed after it was added (your work may be there). Delete it by hand if it is not needed.`
      : `${names.map((n) => `“${n}”`).join(", ")} were not removed: they changed after they were added (your work may be there). Delete them by hand if they are not needed.`,
  sheetForms: { one: "sheet", other: "sheets" },
};
