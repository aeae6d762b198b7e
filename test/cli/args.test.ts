import { parseArgs } from "../../src/cli/args";

describe("parseArgs", () => {
  it("reads check with files, --json and --lang in any order", () => {
    expect(parseArgs(["check", "a.xlsx", "--json", "b.xlsx", "--lang", "en"])).toEqual({
      kind: "check",
      files: ["a.xlsx", "b.xlsx"],
      json: true,
      all: false,
      lang: "en",
    });
    expect(parseArgs(["--lang=en", "check", "a.xlsx"])).toEqual({ kind: "check", files: ["a.xlsx"], json: false, all: false, lang: "en" });
  });

  it("defaults to Ukrainian and human output", () => {
    expect(parseArgs(["check", "звіт.xlsx"])).toEqual({ kind: "check", files: ["звіт.xlsx"], json: false, all: false, lang: "uk" });
  });

  it("reads --all (every finding on its own line) for check only", () => {
    expect(parseArgs(["check", "a.xlsx", "--all"])).toMatchObject({ kind: "check", files: ["a.xlsx"], all: true });
    expect(parseArgs(["compute", "a.xlsx", "-o", "b.xlsx", "--all"])).toMatchObject({ kind: "usage-error", problem: { kind: "option-not-here", word: "--all" } });
  });

  it("treats everything after -- as files, even names that start with a dash", () => {
    expect(parseArgs(["check", "--", "-звіт.xlsx"])).toMatchObject({ kind: "check", files: ["-звіт.xlsx"] });
  });

  it("answers --help and --version before anything else", () => {
    expect(parseArgs(["check", "--help", "--lang", "en"])).toEqual({ kind: "help", lang: "en" });
    expect(parseArgs(["-h"])).toEqual({ kind: "help", lang: "uk" });
    expect(parseArgs(["--version", "--bogus"])).toEqual({ kind: "version" });
  });

  it("reads template with its details, and template --list", () => {
    expect(parseArgs(["template", "annual-plan", "-o", "план.xlsx", "--org", "Центру", "--year=2025", "--responsible", "Н. Левченко", "--rows", "40"])).toEqual({
      kind: "template",
      template: "annual-plan",
      output: "план.xlsx",
      answers: { organisation: "Центру", year: 2025, responsible: "Н. Левченко", rows: 40 },
      lang: "uk",
    });
    expect(parseArgs(["template", "quarterly-report", "--output=з.xlsx", "--quarter", "3", "--lang", "en"])).toMatchObject({ answers: { quarter: 3 }, output: "з.xlsx", lang: "en" });
    expect(parseArgs(["template", "--list", "--lang", "en"])).toEqual({ kind: "template-list", lang: "en" });
  });

  it("reads compute with its output and flags", () => {
    expect(parseArgs(["compute", "план.xlsx", "-o", "план-2.xlsx", "--replace-totals"])).toEqual({
      kind: "compute",
      file: "план.xlsx",
      output: "план-2.xlsx",
      addPercentColumn: false,
      replaceTotals: true,
      lang: "uk",
    });
    expect(parseArgs(["compute", "--add-percent-column", "звіт.xlsx", "-o", "звіт.xlsx"])).toMatchObject({ file: "звіт.xlsx", output: "звіт.xlsx", addPercentColumn: true });
  });

  it.each([
    [[], { kind: "no-command" }],
    [["template"], { kind: "no-template" }],
    [["template", "budget", "-o", "a.xlsx"], { kind: "unknown-template", word: "budget" }],
    [["template", "annual-plan"], { kind: "no-output" }],
    [["template", "annual-plan", "-o"], { kind: "missing-value", word: "-o" }],
    [["template", "quarterly-report", "-o", "a.xlsx", "--quarter", "5"], { kind: "bad-value", word: "--quarter", value: "5" }],
    [["template", "annual-plan", "-o", "a.xlsx", "--year", "двадцять"], { kind: "bad-value", word: "--year", value: "двадцять" }],
    [["template", "annual-plan", "-o", "a.xlsx", "--rows", "0"], { kind: "bad-value", word: "--rows", value: "0" }],
    [["template", "annual-plan", "extra", "-o", "a.xlsx"], { kind: "extra-words", words: ["extra"] }],
    [["compute", "a.xlsx"], { kind: "no-output" }],
    [["compute", "-o", "b.xlsx"], { kind: "no-files" }],
    [["compute", "a.xlsx", "b.xlsx", "-o", "c.xlsx"], { kind: "extra-words", words: ["b.xlsx"] }],
    [["check", "a.xlsx", "--replace-totals"], { kind: "option-not-here", word: "--replace-totals", command: "check" }],
    [["compute", "a.xlsx", "-o", "b.xlsx", "--json"], { kind: "option-not-here", word: "--json", command: "compute" }],
    [["перевір", "a.xlsx"], { kind: "unknown-command", word: "перевір" }],
    [["check"], { kind: "no-files" }],
    [["check", "a.xlsx", "--colour"], { kind: "unknown-option", word: "--colour" }],
    [["check", "a.xlsx", "--lang", "ru"], { kind: "bad-lang", word: "ru" }],
    [["check", "a.xlsx", "--lang"], { kind: "missing-value", word: "--lang" }],
    [["check", "a.xlsx", "-o", "x.xlsx"], { kind: "option-not-here", word: "-o", command: "check" }],
  ])("reports a usage problem for %j", (argv, problem) => {
    expect(parseArgs(argv)).toMatchObject({ kind: "usage-error", problem });
  });
});
