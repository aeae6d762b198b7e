import { z } from "zod";

/** The shape of the indicator schema: validated once at load so a typo in the data fails loudly. */

export const COLUMN_ROLES = [
  "number", "task", "goal", "result", "measure", "executor", "indicator",
  "plan", "fact", "percent", "note", "q1", "q2", "q3", "q4", "total", "period", "deadline",
  "source", "planned", "financed", "used", "deviation",
  // Layout columns no form requires but real sheets carry: a period split in two, units of measure.
  "start", "end", "units",
] as const;

export const FORM_IDS = ["quarterly-report", "annual-plan", "action-plan", "regional-plan", "program-measures", "program-execution"] as const;

const roleSchema = z.enum(COLUMN_ROLES);

const regexSource = z.string().refine((source) => {
  try {
    new RegExp(source, "u");
    return true;
  } catch {
    return false;
  }
}, "not a valid regular expression");

/** Words in each UI language: titles, headers and names officials read. */
const localized = z.object({ uk: z.string().min(1), en: z.string().min(1) });

/** What a value cell of the column accepts. */
export const acceptsSchema = z.enum(["text", "number-or-qualitative", "number", "deadline", "period", "note", "computed"]);

export const roleWordingSchema = z.object({
  role: roleSchema.or(z.literal("values-group")),
  /** Patterns over folded header text (see core/text.ts); the earliest match in a header wins. */
  patterns: z.array(regexSource).min(1),
});

export const formColumnSchema = z.object({
  role: roleSchema,
  /** The standard wording of the column's header in this form, as templates lay it out. */
  header: localized,
  /** The group title merged over this and its neighbours in the header row above ("Значення показників…"). */
  group: localized.optional(),
  accepts: acceptsSchema,
  /** Missing it means the sheet cannot be this form. */
  required: z.boolean().default(false),
  /** Missing it is worth a warning. */
  expected: z.boolean().default(false),
});

export const formSchema = z.object({
  id: z.enum(FORM_IDS),
  /** What officials call the form: the label of a recognised sheet and of its template. */
  title: localized,
  columns: z.array(formColumnSchema).min(2),
  /** At least this many of these roles must be present too (quarters of a plan). */
  anyOf: z.object({ roles: z.array(roleSchema), min: z.number().int().positive() }).optional(),
});

export const indicatorSchemaSchema = z.object({
  version: z.number().int().positive(),
  wordings: z.array(roleWordingSchema),
  /** What a message calls a column when the sheet's own header is too long to quote or absent. */
  columnNames: z.record(roleSchema, localized),
  forms: z.array(formSchema).length(FORM_IDS.length),
});

export type FormSchema = z.infer<typeof formSchema>;
export type FormColumn = z.infer<typeof formColumnSchema>;
export type RoleWording = z.infer<typeof roleWordingSchema>;
export type IndicatorSchema = z.infer<typeof indicatorSchemaSchema>;
