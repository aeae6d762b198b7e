import fc from "fast-check";
import { SheetGrid, checkSheet } from "../../src/core";
import {
  ACCEPTANCES_NAMESPACE,
  Acceptance,
  acceptFinding,
  acceptancesToXml,
  applyAcceptances,
  parseAcceptances,
  valueText,
  withAcceptance,
  withoutAcceptance,
} from "../../src/core/acceptances";
import { verdictOf } from "../../src/core/verdict";
import { measure, reportGrid } from "../helpers/sheets";

/** A genuine fact ten times the plan (a tip), beside a shortfall without a note (an error). */
const grid = (fact: number) => reportGrid([measure("1.1.1", 3, fact, "Акція в громаді"), measure("1.1.2", 5, 2)], { name: "Звіт I кв" });
const AT = new Date("2026-12-03T10:00:00.000Z");

function accepted(g: SheetGrid, list: Acceptance[]) {
  return applyAcceptances(checkSheet(g), list, g);
}

describe("accepting a warning with a reason", () => {
  const before = checkSheet(grid(30));
  const tip = before.findings.find((f) => f.rule === "fact-far-above-plan");
  const error = before.findings.find((f) => f.rule === "shortfall-unexplained");
  if (!tip || !error) throw new Error("the sheet lost its findings");

  it("marks the finding accepted with the reason and keeps it out of the counts against the verdict", () => {
    const made = acceptFinding(tip, grid(30), "  Акція в громаді: прийшло більше людей ", AT);
    if (!made.ok) throw new Error(made.refusal);
    expect(made.acceptance).toEqual({ sheet: "Звіт I кв", cell: "G6", rule: "fact-far-above-plan", value: "30", reason: "Акція в громаді: прийшло більше людей", at: "2026-12-03T10:00:00.000Z" });
    const report = accepted(grid(30), [made.acceptance]);
    expect(report.findings.find((f) => f.rule === "fact-far-above-plan")?.accepted).toEqual({ reason: "Акція в громаді: прийшло більше людей", at: made.acceptance.at });
    const { counts, accepted: apart, verdict } = verdictOf([report]);
    expect(apart).toEqual({ error: 0, warning: 0, info: 1 });
    expect(counts.info).toBe(verdictOf([before]).counts.info - 1);
    expect(verdict).toBe("fix");
  });

  it("stays accepted across a re-check, and comes back when the cell's value changes", () => {
    const made = acceptFinding(tip, grid(30), "Акція", AT);
    if (!made.ok) throw new Error(made.refusal);
    const again = accepted(grid(30), [made.acceptance]);
    expect(again.findings.filter((f) => f.accepted).map((f) => f.cell)).toEqual(["G6"]);
    const changed = accepted(grid(40), [made.acceptance]);
    expect(changed.findings.find((f) => f.rule === "fact-far-above-plan")?.accepted).toBeUndefined();
    // Re-applied to a report marked earlier, a changed value clears the mark too.
    const stale = applyAcceptances({ ...again, findings: again.findings }, [{ ...made.acceptance, value: "41" }], grid(40));
    expect(stale.findings.some((f) => f.accepted)).toBe(false);
  });

  it("refuses an error, and an acceptance without a reason", () => {
    expect(acceptFinding(error, grid(30), "Так треба", AT)).toEqual({ ok: false, refusal: "error" });
    expect(acceptFinding(tip, grid(30), "   ", AT)).toEqual({ ok: false, refusal: "no-reason" });
    // Even a hand-made acceptance of an error marks nothing.
    const forged: Acceptance = { sheet: "Звіт I кв", cell: "H7", rule: "shortfall-unexplained" as Acceptance["rule"], value: "", reason: "x", at: "" };
    expect(accepted(grid(30), [forged]).findings.some((f) => f.accepted)).toBe(false);
  });

  it("matches the sheet as Excel does, ignoring case, and no other sheet", () => {
    const a: Acceptance = { sheet: "звіт i кв", cell: "g6", rule: "fact-far-above-plan", value: "30", reason: "x", at: "" };
    expect(accepted(grid(30), [a]).findings.filter((f) => f.accepted)).toHaveLength(1);
    expect(accepted(grid(30), [{ ...a, sheet: "Інший" }]).findings.filter((f) => f.accepted)).toHaveLength(0);
  });

  it("replaces an acceptance of the same cell and rule, and takes one back", () => {
    const a: Acceptance = { sheet: "Звіт", cell: "G6", rule: "fact-far-above-plan", value: "30", reason: "перша", at: "" };
    const list = withAcceptance(withAcceptance([], a), { ...a, reason: "друга" });
    expect(list.map((x) => x.reason)).toEqual(["друга"]);
    expect(withoutAcceptance(list, { sheet: "ЗВІТ", cell: "g6", rule: "fact-far-above-plan" })).toEqual([]);
  });

  it("reads a cell's value the same way from every edge", () => {
    const g: SheetGrid = { name: "x", values: [[12.5, "a\r\nb", { error: "#DIV/0!" }, new Date(Date.UTC(2021, 11, 31)), true, null]], top: 1, left: 1, merges: [] };
    expect(["A1", "B1", "C1", "D1", "E1", "F1"].map((c) => valueText(g, c))).toEqual(["12.5", "a\nb", "#DIV/0!", "44561", "TRUE", ""]);
  });
});

describe("the acceptances' custom XML part", () => {
  const list: Acceptance[] = [
    { sheet: "Звіт 'III' кв & <план>", cell: "G6", rule: "fact-far-above-plan", value: '1 < 2 & "3"', reason: "Рядок 1\nРядок 2\tз табуляцією 🙂", at: "2026-12-03T10:00:00.000Z" },
    { sheet: "План", cell: "J10", rule: "total-missing", value: "", reason: "Підсумок рахує обласний центр", at: "2026-12-04T08:30:00.000Z" },
  ];

  it("round-trips every field, in a namespaced document", () => {
    const xml = acceptancesToXml(list);
    expect(xml).toContain(`<acceptances xmlns="${ACCEPTANCES_NAMESPACE}">`);
    expect(parseAcceptances(xml)).toEqual(list);
  });

  it("reads a part written with a namespace prefix and CRLF line ends", () => {
    const xml = `<ns0:acceptances xmlns:ns0="${ACCEPTANCES_NAMESPACE}">\r\n<ns0:acceptance cell="b3" sheet='Звіт' rule="number-as-text" at=""><ns0:value>7</ns0:value><ns0:reason><![CDATA[a < b]]> &amp; c\r\nd</ns0:reason></ns0:acceptance></ns0:acceptances>`;
    expect(parseAcceptances(xml)).toEqual([{ sheet: "Звіт", cell: "B3", rule: "number-as-text", value: "7", reason: "a < b & c\nd", at: "" }]);
  });

  it("leaves out what is not ours or is broken, without throwing", () => {
    const item = (attrs: string, body = "<value>1</value><reason>r</reason>") => `<acceptances xmlns="${ACCEPTANCES_NAMESPACE}"><acceptance ${attrs}>${body}</acceptance></acceptances>`;
    expect(parseAcceptances(undefined)).toEqual([]);
    expect(parseAcceptances("")).toEqual([]);
    expect(parseAcceptances("not xml at all <<<")).toEqual([]);
    expect(parseAcceptances(acceptancesToXml(list).replace(ACCEPTANCES_NAMESPACE, "urn:pokaznyk:acceptances:2"))).toEqual([]);
    expect(parseAcceptances(item('sheet="" cell="A1" rule="number-as-text"'))).toEqual([]);
    expect(parseAcceptances(item('sheet="S" cell="A0" rule="number-as-text"'))).toEqual([]);
    expect(parseAcceptances(item('sheet="S" cell="A1" rule="no-such-rule"'))).toEqual([]);
    expect(parseAcceptances(item('sheet="S" cell="A1" rule="value-invalid"'))).toEqual([]);
    expect(parseAcceptances(item('sheet="S" cell="A1" rule="number-as-text"', "<reason>no value</reason>"))).toEqual([]);
    expect(parseAcceptances(item('sheet="S" cell="A1" rule="number-as-text"')).map((a) => a.cell)).toEqual(["A1"]);
  });

  it("never throws on any text, nor on any cut of a valid part, and keeps whole entries only", () => {
    const xml = acceptancesToXml(list);
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        expect(Array.isArray(parseAcceptances(text))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: xml.length }), (cut) => {
        for (const a of parseAcceptances(xml.slice(0, cut))) expect(list).toContainEqual(a);
      }),
    );
  });

  it("round-trips any sheet, value and reason XML can hold", () => {
    const text = fc.string({ unit: "binary", maxLength: 40 });
    const acceptance = fc.record({
      sheet: text.filter((s) => s.trim() !== ""),
      cell: fc.constantFrom("A1", "G6", "AB120"),
      rule: fc.constantFrom("number-as-text" as const, "fact-far-above-plan" as const, "explanation-weak" as const),
      value: text,
      reason: text,
      at: fc.constant("2026-12-03T10:00:00.000Z"),
    });
    // What XML 1.0 cannot hold is dropped; everything else, a lone \r included, comes back as it was.
    const xmlSafe = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "");
    fc.assert(
      fc.property(acceptance, (a) => {
        const [back] = parseAcceptances(acceptancesToXml([a]));
        const sheet = xmlSafe(a.sheet);
        if (sheet.trim() === "") return;
        expect(back).toEqual({ ...a, sheet, value: xmlSafe(a.value), reason: xmlSafe(a.reason) });
      }),
      { numRuns: 300 },
    );
  });
});
