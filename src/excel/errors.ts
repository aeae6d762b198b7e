/**
 * Host failures as data. The adapter throws only ExcelFailure; the task pane turns
 * `kind` into a message in the UI language.
 */

export type FailureKind =
  /** The user is typing in a cell: Excel refuses every batch until editing ends. */
  | "cell-edit"
  /** The sheet (or the cell) is protected. */
  | "protected"
  /** A request or response went over Excel on the web's 5 MB limit. */
  | "payload"
  /** This Excel lacks the API set the add-in needs. */
  | "api-unsupported"
  /** The sheet or cell is gone (renamed, deleted) since the check. */
  | "not-found"
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

/** Maps whatever Excel (or the fake) threw to an ExcelFailure. */
export function toFailure(error: unknown): ExcelFailure {
  if (error instanceof ExcelFailure) return error;
  const e = (typeof error === "object" && error !== null ? error : {}) as OfficeLikeError;
  const code = [e.code, e.debugInfo?.code].filter(Boolean).join(" ");
  const message = e.message ?? e.debugInfo?.message ?? String(error);
  const text = `${code} ${message} ${e.debugInfo?.message ?? ""}`;
  if (/InvalidOperationInCellEditMode|cell edit mode/i.test(text)) {
    return new ExcelFailure("cell-edit", message, error);
  }
  if (/PayloadSizeLimitExceeded|payload/i.test(text)) {
    return new ExcelFailure("payload", message, error);
  }
  if (/AccessDenied|protected/i.test(text)) {
    return new ExcelFailure("protected", message, error);
  }
  if (/ApiNotFound|not supported/i.test(text)) {
    return new ExcelFailure("api-unsupported", message, error);
  }
  if (/ItemNotFound/i.test(text)) {
    return new ExcelFailure("not-found", message, error);
  }
  return new ExcelFailure("unknown", message, error);
}
