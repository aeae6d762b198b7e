/**
 * Why a patch was not made, typed, and how to say it in one line with what the official can do
 * instead. A refusal leaves the file unwritten: a patch is all or nothing.
 */
import type { Lang } from "../../core/types";

export type RefusalCode =
  /** The package cannot be patched safely at all (detail says why). */
  | "unreadable"
  | "strict-xml"
  | "no-sheet"
  /** Inserting a column would break a part the patcher cannot update. */
  | "chart"
  | "pivot"
  | "table"
  | "drawing"
  | "comments"
  | "external-links"
  | "sparklines"
  | "embedded-objects"
  | "data-table"
  | "other-references"
  | "last-column"
  /** Protection the patch must not get round. */
  | "sheet-protected"
  | "locked-cells"
  | "workbook-protected"
  /** Writes the sheet cannot take. */
  | "array-formula"
  /** A template's sheet or stamp name that the workbook already has. */
  | "name-taken";

export interface Refusal {
  code: RefusalCode;
  sheet?: string;
  /** The part or cell that decided it ("xl/charts/chart1.xml", "K12"). */
  where?: string;
  /** A short technical detail for `unreadable`. */
  detail?: string;
}

/** Thrown inside the patcher, caught at its entry points and returned as `{ refusal }`. */
export class RefusalError extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.code);
    this.name = "RefusalError";
  }
}

export function refuse(code: RefusalCode, details: Omit<Refusal, "code"> = {}): never {
  throw new RefusalError({ code, ...details });
}

type Texts = Record<RefusalCode, (r: Refusal) => string>;

const uk: Texts = {
  unreadable: (r) => `книгу не вдалося змінити, не зачепивши решти (${r.detail ?? "невідома будова"}); відкрийте й збережіть її в Excel`,
  "strict-xml": () => "книгу збережено у форматі Strict Open XML; збережіть її в Excel як звичайну книгу .xlsx",
  "no-sheet": (r) => `аркуша «${r.sheet}» у книзі немає`,
  chart: (r) => `діаграма (${r.where}) читає стовпці аркуша «${r.sheet}», що зсунулися б; додайте стовпець в Excel або обчисліть у надбудові`,
  pivot: (r) => `зведена таблиця (${r.where}) залежить від стовпців аркуша «${r.sheet}», що зсунулися б; додайте стовпець в Excel або обчисліть у надбудові`,
  table: (r) => `таблиця Excel (${r.where}) на аркуші «${r.sheet}» сягає місця нового стовпця; додайте стовпець в Excel або обчисліть у надбудові`,
  drawing: (r) => `рисунок, фігура чи діаграма (${r.where}) на аркуші «${r.sheet}» стоїть праворуч від нового стовпця; додайте стовпець в Excel або обчисліть у надбудові`,
  comments: (r) => `примітка в клітинці ${r.where} аркуша «${r.sheet}» стоїть праворуч від нового стовпця; додайте стовпець в Excel або обчисліть у надбудові`,
  "external-links": () => "книга має зв'язки з іншими книгами, які Pokaznyk не може оновити; додайте стовпець в Excel або обчисліть у надбудові",
  sparklines: (r) => `спарклайни (${r.where}) читають аркуш «${r.sheet}»; додайте стовпець в Excel або обчисліть у надбудові`,
  "embedded-objects": (r) => `на аркуші «${r.sheet}» є вбудовані об'єкти чи елементи керування; додайте стовпець в Excel або обчисліть у надбудові`,
  "data-table": (r) => `на аркуші «${r.sheet}» є таблиця даних «що, якщо» (${r.where}); додайте стовпець в Excel або обчисліть у надбудові`,
  "other-references": (r) => `${r.where} посилається на стовпці аркуша «${r.sheet}», що зсунулися б, а Pokaznyk не може це оновити; додайте стовпець в Excel або обчисліть у надбудові`,
  "last-column": (r) => `клітинка ${r.where} аркуша «${r.sheet}» в останньому стовпці випала б за межі аркуша; звільніть її або додайте стовпець в Excel`,
  "sheet-protected": (r) => `аркуш «${r.sheet}» захищено від вставлення стовпців; зніміть захист в Excel (Рецензування → Зняти захист аркуша) і повторіть`,
  "locked-cells": (r) => `аркуш «${r.sheet}» захищено, а клітинка ${r.where} заблокована; зніміть захист в Excel і повторіть`,
  "workbook-protected": () => "структуру книги захищено: новий аркуш додати не можна; зніміть захист книги в Excel (Рецензування → Захистити книгу) або запишіть шаблон в іншу книгу",
  "array-formula": (r) => `клітинка ${r.where} аркуша «${r.sheet}» — частина формули масиву; змініть її в Excel`,
  "name-taken": (r) => `у книзі вже є ${r.where}; повторіть, щоб отримати нову назву`,
};

const en: Texts = {
  unreadable: (r) => `the workbook cannot be changed without touching the rest (${r.detail ?? "unknown layout"}); open and save it in Excel`,
  "strict-xml": () => "the workbook is saved as Strict Open XML; save it in Excel as a regular .xlsx workbook",
  "no-sheet": (r) => `the workbook has no sheet "${r.sheet}"`,
  chart: (r) => `a chart (${r.where}) reads columns of "${r.sheet}" that would move; add the column in Excel, or run Compute in the add-in`,
  pivot: (r) => `a pivot table (${r.where}) depends on columns of "${r.sheet}" that would move; add the column in Excel, or run Compute in the add-in`,
  table: (r) => `an Excel table (${r.where}) on "${r.sheet}" reaches the new column's place; add the column in Excel, or run Compute in the add-in`,
  drawing: (r) => `a picture, shape or chart (${r.where}) on "${r.sheet}" sits right of the new column; add the column in Excel, or run Compute in the add-in`,
  comments: (r) => `a note in ${r.where} of "${r.sheet}" sits right of the new column; add the column in Excel, or run Compute in the add-in`,
  "external-links": () => "the workbook links to other workbooks, which Pokaznyk cannot update; add the column in Excel, or run Compute in the add-in",
  sparklines: (r) => `sparklines (${r.where}) read "${r.sheet}"; add the column in Excel, or run Compute in the add-in`,
  "embedded-objects": (r) => `"${r.sheet}" holds embedded objects or form controls; add the column in Excel, or run Compute in the add-in`,
  "data-table": (r) => `"${r.sheet}" holds a what-if data table (${r.where}); add the column in Excel, or run Compute in the add-in`,
  "other-references": (r) => `${r.where} refers to columns of "${r.sheet}" that would move, which Pokaznyk cannot update; add the column in Excel, or run Compute in the add-in`,
  "last-column": (r) => `cell ${r.where} of "${r.sheet}" is in the last column and would be pushed off the sheet; clear it, or add the column in Excel`,
  "sheet-protected": (r) => `"${r.sheet}" is protected against inserting columns; unprotect it in Excel (Review → Unprotect Sheet) and run again`,
  "locked-cells": (r) => `"${r.sheet}" is protected and cell ${r.where} is locked; unprotect the sheet in Excel and run again`,
  "workbook-protected": () => "the workbook's structure is protected, so no sheet can be added; unprotect it in Excel (Review → Protect Workbook) or write the template to another workbook",
  "array-formula": (r) => `cell ${r.where} of "${r.sheet}" is part of an array formula; change it in Excel`,
  "name-taken": (r) => `the workbook already has ${r.where}; run again for a fresh name`,
};

/** The refusal as one line, in the official's language. */
export function refusalText(refusal: Refusal, lang: Lang): string {
  return (lang === "uk" ? uk : en)[refusal.code](refusal);
}
