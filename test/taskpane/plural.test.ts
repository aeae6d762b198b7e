import { plural } from "../../src/taskpane/locale/plural";
import { uk, en } from "../../src/taskpane/locale/strings";

describe("plural", () => {
  it.each([
    [1, "1 помилка"],
    [2, "2 помилки"],
    [4, "4 помилки"],
    [5, "5 помилок"],
    [11, "11 помилок"],
    [21, "21 помилка"],
    [22, "22 помилки"],
    [1000, "1 000 помилок"],
  ])("uk %d", (n, text) => {
    expect(plural("uk", n, uk.severityForms.error).replace(/\s/g, " ")).toBe(text);
  });

  it("en", () => {
    expect(plural("en", 1, en.severityForms.warning)).toBe("1 warning");
    expect(plural("en", 3, en.cellForms)).toBe("3 cells");
  });

  it("both locales have the same keys", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(uk).sort());
  });
});
