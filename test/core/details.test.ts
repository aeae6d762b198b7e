/**
 * Template details remembered by the task pane: rememberedDetails checks them by hand (the engine
 * loads no zod); here they must agree with the zod schema that states the same bounds.
 */
import fc from "fast-check";
import { z } from "zod";
import { DETAIL_BOUNDS, TEXT_MAX, defaultDetails, rememberedDetails } from "../../src/core/templates";

const today = new Date(2025, 4, 15);

/** What rememberedDetails promises, said in zod: each field kept if valid, else its default. */
function viaZod(stored: unknown) {
  const fallback = defaultDetails(today);
  const schema = z.object({
    organisation: z.string().max(TEXT_MAX.organisation).catch(fallback.organisation),
    year: z.number().int().min(DETAIL_BOUNDS.year.min).max(DETAIL_BOUNDS.year.max).catch(fallback.year),
    quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).catch(fallback.quarter),
    responsible: z.string().max(TEXT_MAX.responsible).catch(fallback.responsible),
  });
  const parsed = schema.safeParse(stored);
  return parsed.success ? parsed.data : fallback;
}

const field = fc.oneof(
  fc.string({ maxLength: 320 }),
  fc.integer({ min: 1990, max: 2110 }),
  fc.integer({ min: -1, max: 6 }),
  fc.double(),
  fc.constantFrom(null, undefined, true, "2025", 2.5, Number.NaN, Infinity),
);

describe("rememberedDetails", () => {
  it("keeps each valid field and replaces each invalid one, as the zod schema would", () => {
    fc.assert(
      fc.property(fc.record({ organisation: field, year: field, quarter: field, responsible: field, extra: field }, { requiredKeys: [] }), (stored) => {
        expect(rememberedDetails(stored, today)).toEqual(viaZod(stored));
      }),
      { numRuns: 500 },
    );
  });

  it.each([null, undefined, "текст", 42, [], [1, 2]])("falls back to the defaults for %j", (stored) => {
    expect(rememberedDetails(stored, today)).toEqual(viaZod(stored));
    expect(rememberedDetails(stored, today)).toEqual(defaultDetails(today));
  });

  it("keeps a whole valid record, and only the four fields", () => {
    const stored = { organisation: "Центр", year: 2024, quarter: 3, responsible: "Н. Левченко", theme: "dark" };
    expect(rememberedDetails(stored, today)).toEqual({ organisation: "Центр", year: 2024, quarter: 3, responsible: "Н. Левченко" });
  });
});
