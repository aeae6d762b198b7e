/**
 * What an official tells a template: organisation, year, quarter, responsible person, how many
 * empty rows. One set of bounds and defaults, so the task pane's form and the command line's
 * options accept the same values and fill the same gaps.
 */
import type { TemplateDetails } from "./types";

export type Quarter = 1 | 2 | 3 | 4;

/** Inclusive bounds of the numeric details; the edges quote them in their messages. */
export const DETAIL_BOUNDS = {
  year: { min: 2000, max: 2100 },
  quarter: { min: 1, max: 4 },
  rows: { min: 1, max: 5000 },
} as const;

/** Texts longer than these are not a name or a person: a paste gone wrong. */
export const TEXT_MAX = { organisation: 300, responsible: 200 } as const;

/**
 * What the title block says when the official left a detail out: visible, in brackets, so
 * Check's `placeholder-left` reminds them before the sheet is sent. The organisation stands inside
 * the title's sentence, not in a cell of its own, so it says «замініть своїм» (SPEC's marker for a
 * placeholder within a text); the responsible person fills a cell alone, bracketed.
 */
export const DETAIL_PLACEHOLDERS = { organisation: "(назва установи: замініть своїм найменуванням)", responsible: "(посада, ім'я та прізвище)" } as const;

/** The details a form remembers between sessions: every field present. */
export type RememberedDetails = Required<Pick<TemplateDetails, "organisation" | "year" | "responsible">> & { quarter: Quarter };

/**
 * The quarter just reported on, and its year: officials report after a quarter ends, so in
 * January the default is the fourth quarter of the year before.
 */
export function defaultDetails(today: Date): RememberedDetails {
  const current = Math.floor(today.getMonth() / 3);
  const lastFinished = current === 0 ? 4 : current;
  return {
    organisation: "",
    year: current === 0 ? today.getFullYear() - 1 : today.getFullYear(),
    quarter: lastFinished as Quarter,
    responsible: "",
  };
}

/**
 * Remembered details as stored (any shape, any age): each field kept if valid, else its default.
 * Plain checks rather than a zod schema, so loading the engine never loads zod;
 * test/core/details.test.ts holds the schema these checks must agree with.
 */
export function rememberedDetails(stored: unknown, today: Date): RememberedDetails {
  const fallback = defaultDetails(today);
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return fallback;
  const { organisation, year, quarter, responsible } = stored as Record<string, unknown>;
  return {
    organisation: isText(organisation, TEXT_MAX.organisation) ? organisation : fallback.organisation,
    year: isWholeIn(year, DETAIL_BOUNDS.year) ? year : fallback.year,
    quarter: isWholeIn(quarter, DETAIL_BOUNDS.quarter) ? (quarter as Quarter) : fallback.quarter,
    responsible: isText(responsible, TEXT_MAX.responsible) ? responsible : fallback.responsible,
  };
}

function isText(value: unknown, max: number): value is string {
  return typeof value === "string" && value.length <= max;
}

function isWholeIn(value: unknown, bounds: { min: number; max: number }): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= bounds.min && value <= bounds.max;
}

export type DetailField = keyof typeof DETAIL_BOUNDS;

/** Why a numeric detail is refused, for the edge to say in its own words. */
export type DetailProblem = { field: DetailField; kind: "not-a-whole-number" | "out-of-range"; min: number; max: number };

/** Checks one numeric detail against its bounds. */
export function checkDetailNumber(field: DetailField, value: number): DetailProblem | null {
  const { min, max } = DETAIL_BOUNDS[field];
  if (!Number.isInteger(value)) return { field, kind: "not-a-whole-number", min, max };
  if (value < min || value > max) return { field, kind: "out-of-range", min, max };
  return null;
}

/**
 * The details a template is built with: what the official gave, trimmed; the default year and
 * quarter; placeholders for an empty organisation or responsible person.
 */
export function completeDetails(given: Partial<TemplateDetails>, today: Date): TemplateDetails {
  const fallback = defaultDetails(today);
  const organisation = given.organisation?.trim() || DETAIL_PLACEHOLDERS.organisation;
  const responsible = given.responsible?.trim() || DETAIL_PLACEHOLDERS.responsible;
  const details: TemplateDetails = {
    organisation,
    year: given.year ?? fallback.year,
    quarter: given.quarter ?? fallback.quarter,
    responsible,
  };
  if (given.rows !== undefined) details.rows = given.rows;
  return details;
}
