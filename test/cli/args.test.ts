import { parseArgs } from "../../src/cli/args";

describe("parseArgs", () => {
  it("reads check with files, --json and --lang in any order", () => {
    expect(parseArgs(["check", "a.xlsx", "--json", "b.xlsx", "--lang", "en"])).toEqual({
      kind: "check",
      files: ["a.xlsx", "b.xlsx"],
      json: true,
      lang: "en",
    });
    expect(parseArgs(["--lang=en", "check", "a.xlsx"])).toEqual({ kind: "check", files: ["a.xlsx"], json: false, lang: "en" });
  });

  it("defaults to Ukrainian and human output", () => {
    expect(parseArgs(["check", "звіт.xlsx"])).toEqual({ kind: "check", files: ["звіт.xlsx"], json: false, lang: "uk" });
  });

  it("treats everything after -- as files, even names that start with a dash", () => {
    expect(parseArgs(["check", "--", "-звіт.xlsx"])).toMatchObject({ kind: "check", files: ["-звіт.xlsx"] });
  });

  it("answers --help and --version before anything else", () => {
    expect(parseArgs(["check", "--help", "--lang", "en"])).toEqual({ kind: "help", lang: "en" });
    expect(parseArgs(["-h"])).toEqual({ kind: "help", lang: "uk" });
    expect(parseArgs(["--version", "--bogus"])).toEqual({ kind: "version" });
  });

  it.each([
    [[], { kind: "no-command" }],
    [["перевір", "a.xlsx"], { kind: "unknown-command", word: "перевір" }],
    [["check"], { kind: "no-files" }],
    [["check", "a.xlsx", "--colour"], { kind: "unknown-option", word: "--colour" }],
    [["check", "a.xlsx", "--lang", "ru"], { kind: "bad-lang", word: "ru" }],
    [["check", "a.xlsx", "--lang"], { kind: "bad-lang", word: "" }],
  ])("reports a usage problem for %j", (argv, problem) => {
    expect(parseArgs(argv)).toMatchObject({ kind: "usage-error", problem });
  });
});
