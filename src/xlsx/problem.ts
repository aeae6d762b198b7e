/**
 * Why a workbook could not be read, as a typed one-line reason. The kinds that also exist in
 * src/cli/read-problem.ts keep its names (zero-bytes, legacy-or-encrypted, not-xlsx, ods,
 * corrupt); the others are new and need a wording there when the reader is wired in.
 */
export type XlsxProblemKind =
  | "zero-bytes"
  | "legacy-or-encrypted"
  | "not-xlsx"
  | "ods"
  | "corrupt"
  /** A part's bytes do not match the CRC-32 the zip directory records for them. */
  | "crc"
  /** A part is bigger than the limits allow, or compresses suspiciously well (a zip bomb). */
  | "too-large"
  /** A valid package that is not a spreadsheet: a .docx, .pptx or any zip without a workbook. */
  | "not-a-workbook"
  /** Valid but outside what the reader handles: encrypted entries, deflate64, .xlsb, a DTD. */
  | "unsupported"
  /** A sheet whose filled cells cannot be bounded to a grid of reasonable size. */
  | "sheet-too-large";

export interface XlsxProblem {
  kind: XlsxProblemKind;
  /** One short line: the part or sheet and what is wrong with it; never a stack. */
  detail?: string;
}

/** Thrown inside the reader and turned into `{ ok: false, problem }` at its edge (index.ts). */
export class XlsxError extends Error {
  constructor(readonly problem: XlsxProblem) {
    super(problem.detail ? `${problem.kind}: ${problem.detail}` : problem.kind);
    this.name = "XlsxError";
  }
}

export function fail(kind: XlsxProblemKind, detail?: string): never {
  throw new XlsxError(detail === undefined ? { kind } : { kind, detail: oneLine(detail) });
}

/** Details quote part names and cell text from the file: one line, at most ~120 characters. */
export function oneLine(text: string): string {
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}…` : flat;
}
