/**
 * Host failures as data. The adapter throws only ExcelFailure; the task pane turns
 * `kind` into a message in the UI language.
 */

export type FailureKind =
  /** The user is typing in a cell: Excel refuses every batch until editing ends. */
  | "cell-edit"
  /** The sheet (or the cell) is protected, or the workbook is open read-only. */
  | "protected"
  /** A request or response went over Excel on the web's 5 MB limit. */
  | "payload"
  /**
   * Excel gave no reason ("An internal error has occurred"). Older Excel on the web reports a
   * payload overflow this way, so readers and writers retry once in smaller pieces.
   */
  | "general"
  /** This Excel lacks the API set the add-in needs. */
  | "api-unsupported"
  /** The sheet or cell is gone (renamed, deleted) since the check. */
  | "not-found"
  /** Several workbooks are open and this one lost focus: Excel refuses the batch. */
  | "inactive-workbook"
  /** Inserting a column met a merged area, a table, a pivot table or a full last column. */
  | "insert-conflict"
  /** A sheet or name with that name already exists. */
  | "already-exists"
  /** The target cell already holds text; the UI must confirm before overwriting. */
  | "occupied"
  /** A cell the command was about to write changed since the sheet was read; nothing was written. */
  | "changed"
  | "unknown";

export class ExcelFailure extends Error {
  readonly kind: FailureKind;
  /** The original error (OfficeExtension.Error or anything else). */
  override readonly cause: unknown;
  /** Extra facts for the message: the sheet name, the API set, ... */
  readonly detail: Record<string, string>;

  constructor(kind: FailureKind, message: string, cause?: unknown, detail: Record<string, string> = {}) {
    super(message);
    this.name = "ExcelFailure";
    this.kind = kind;
    this.cause = cause;
    this.detail = detail;
  }
}

interface OfficeLikeError {
  code?: string;
  message?: string;
  debugInfo?: { code?: string; message?: string };
}

/**
 * Excel's error codes (docs: "Error codes are not localized"; messages are, so they are never
 * matched). The more specific debugInfo code wins over the top-level one.
 */
const BY_CODE: Record<string, FailureKind> = {
  InvalidOperationInCellEditMode: "cell-edit",
  AccessDenied: "protected",
  RequestPayloadSizeLimitExceeded: "payload",
  ResponsePayloadSizeLimitExceeded: "payload",
  PayloadTooLarge: "payload",
  RangeExceedsLimit: "payload",
  GeneralException: "general",
  ApiNotFound: "api-unsupported",
  ApiNotAvailable: "api-unsupported",
  NotImplemented: "api-unsupported",
  UnsupportedOperation: "api-unsupported",
  UnsupportedSheet: "api-unsupported",
  ItemNotFound: "not-found",
  InactiveWorkbook: "inactive-workbook",
  InsertDeleteConflict: "insert-conflict",
  NonBlankCellOffSheet: "insert-conflict",
  MergedRangeConflict: "insert-conflict",
  PivotTableRangeConflict: "insert-conflict",
  ItemAlreadyExists: "already-exists",
};

/** Maps whatever Excel (or the fake) threw to an ExcelFailure, by its error code alone. */
export function toFailure(error: unknown): ExcelFailure {
  if (error instanceof ExcelFailure) return error;
  const e = (typeof error === "object" && error !== null ? error : {}) as OfficeLikeError;
  const message = e.message ?? e.debugInfo?.message ?? String(error);
  const kind = (e.debugInfo?.code && BY_CODE[e.debugInfo.code]) || (e.code && BY_CODE[e.code]) || "unknown";
  return new ExcelFailure(kind, message, error);
}

/** Worth one more try in smaller pieces: too large, or Excel gave no reason (see "general"). */
export function mayBeTooLarge(failure: ExcelFailure): boolean {
  return failure.kind === "payload" || failure.kind === "general";
}
