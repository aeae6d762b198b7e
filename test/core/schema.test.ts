/**
 * The indicator schema is plain data at run time (no zod on the check path); this is where it is
 * validated: every form and wording fits the zod schema, parsing changes nothing (no default was
 * needed, no unknown key dropped), and every pattern compiles.
 */
import { indicatorSchema } from "../../src/core/schema/forms";
import { FORM_IDS, indicatorSchemaSchema } from "../../src/core/schema/schema";

describe("the indicator schema data", () => {
  it("passes its zod schema unchanged", () => {
    const parsed = indicatorSchemaSchema.safeParse(indicatorSchema);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toEqual(indicatorSchema);
  });

  it("has each form of FORM_IDS exactly once", () => {
    expect(indicatorSchema.forms.map((f) => f.id).sort()).toEqual([...FORM_IDS].sort());
  });

  it("compiles every header pattern as a Unicode regular expression", () => {
    for (const wording of indicatorSchema.wordings) for (const pattern of wording.patterns) expect(() => new RegExp(pattern, "u")).not.toThrow();
  });
});
