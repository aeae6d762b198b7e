/** Why a file could not be checked, and how to say it in one line to the official. */
import type { Lang } from "../core/types";

export type ReadProblemKind =
  | "not-found"
  | "directory"
  | "not-a-file"
  | "too-large"
  | "no-permission"
  | "io"
  | "zero-bytes"
  | "legacy-or-encrypted"
  | "not-xlsx"
  | "ods"
  | "word-document"
  | "presentation"
  | "not-workbook"
  | "corrupt"
  /** A part's bytes do not match the checksum the zip recorded: damaged in transit or on disk. */
  | "crc"
  /** Unpacking would take far more memory than any workbook needs: a zip bomb, refused before it grows. */
  | "unpacks-too-large"
  /** A valid file in a form the reader does not take (.xlsb, encrypted parts, deflate64). */
  | "unsupported"
  /** A sheet whose filled cells are spread too wide to check as one table. */
  | "sheet-too-large"
  | "empty-workbook"
  | "check-failed"
  /** A pattern (`вхідні/*.xlsx`) that names no file or folder. */
  | "no-match"
  /** A folder named to check that holds no workbook at all, in any subfolder. */
  | "no-workbooks";

export interface ReadProblem {
  kind: ReadProblemKind;
  /** A short technical detail (an errno code, a sheet name and message); never a stack. */
  detail?: string;
}

/** Thrown inside the CLI to carry a ReadProblem up to the per-file handler. */
export class UnreadableFileError extends Error {
  constructor(readonly problem: ReadProblem) {
    super(problem.kind);
    this.name = "UnreadableFileError";
  }
}

const reasons: Record<Lang, Record<ReadProblemKind, string>> = {
  uk: {
    "not-found": "файл не знайдено",
    directory: "це тека, а не файл",
    "not-a-file": "це не звичайний файл (канал чи пристрій); збережіть книгу у файл",
    "too-large": "файл завеликий для книги Excel (понад 512 МіБ)",
    "no-permission": "немає дозволу на читання файлу",
    io: "не вдалося прочитати файл",
    "zero-bytes": "файл порожній (0 байтів), це не книга Excel",
    "legacy-or-encrypted": "книга у старому форматі .xls або захищена паролем; збережіть її як .xlsx без пароля",
    "not-xlsx": "це не книга Excel (.xlsx)",
    ods: "це таблиця LibreOffice (.ods); збережіть її як книгу Excel (.xlsx)",
    "word-document": "це не книга Excel (документ Word?)",
    presentation: "це не книга Excel (презентація PowerPoint?)",
    "not-workbook": "це архів zip, а не книга Excel",
    corrupt: "файл .xlsx пошкоджений, його не вдалося розпакувати",
    crc: "файл .xlsx пошкоджений: вміст не збігається з його контрольною сумою; попросіть надіслати файл ще раз",
    "unpacks-too-large": "файл розпаковується в дуже великий обсяг даних (схоже на «zip-бомбу»), його не перевірено",
    unsupported: "книгу збережено у форматі, який Pokaznyk не читає; збережіть її в Excel як звичайну книгу .xlsx",
    "sheet-too-large": "аркуш завеликий для перевірки: заповнені клітинки розкидано надто широко",
    "empty-workbook": "порожня книга",
    "check-failed": "внутрішня помилка під час перевірки",
    "no-match": "жоден файл не відповідає шаблону",
    "no-workbooks": "у теці немає жодної книги Excel (.xlsx)",
  },
  en: {
    "not-found": "file not found",
    directory: "is a directory, not a file",
    "not-a-file": "not a regular file (a pipe or a device); save the workbook to a file",
    "too-large": "too large for an Excel workbook (over 512 MiB)",
    "no-permission": "permission denied",
    io: "cannot read the file",
    "zero-bytes": "the file is empty (0 bytes), not an Excel workbook",
    "legacy-or-encrypted": "old .xls format or a password-protected workbook; save it as .xlsx without a password",
    "not-xlsx": "not an Excel workbook (.xlsx)",
    ods: "a LibreOffice spreadsheet (.ods); save it as an Excel workbook (.xlsx)",
    "word-document": "not a workbook (a Word document?)",
    presentation: "not a workbook (a PowerPoint presentation?)",
    "not-workbook": "a zip archive, not an Excel workbook",
    corrupt: "the .xlsx file is corrupt and cannot be unpacked",
    crc: "the .xlsx file is damaged: its contents do not match their checksum; ask for the file again",
    "unpacks-too-large": "the file unpacks to far more data than a workbook holds (a zip bomb?); not checked",
    unsupported: "the workbook is saved in a form Pokaznyk does not read; save it in Excel as a regular .xlsx workbook",
    "sheet-too-large": "a sheet is too large to check: its filled cells are spread too wide",
    "empty-workbook": "empty workbook",
    "check-failed": "internal error while checking",
    "no-match": "no file matches the pattern",
    "no-workbooks": "the folder holds no Excel workbook (.xlsx)",
  },
};

/** One line, whatever the detail holds: the contract is one line per unreadable file. */
export function describeProblem(problem: ReadProblem, lang: Lang): string {
  const reason = reasons[lang][problem.kind];
  const text = problem.detail ? `${reason} (${problem.detail})` : reason;
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

/** For a one-line message: the errno code ("EACCES") when there is one, else the first line of the message. */
export function errorDetail(err: unknown): string {
  return errnoCode(err) ?? messageOf(err);
}

export function errnoCode(err: unknown): string | undefined {
  if (typeof err === "object" && err !== null && "code" in err && typeof err.code === "string") return err.code;
  return undefined;
}

/** The first line of an error's message, cut to 120 characters: never a stack in the official's terminal. */
export function messageOf(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const firstLine = message.split(/\r?\n/)[0].trim();
  return firstLine.length > 120 ? `${firstLine.slice(0, 117)}…` : firstLine;
}
