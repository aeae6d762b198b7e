/**
 * A mistyped `--rule`, `--severity` or `--fix` is refused (it would hide every finding, or fix
 * nothing, without a word), and the refusal names what the official most likely meant.
 */
import { parseArgs } from "../../src/cli/args";
import { ruleCatalogue } from "../../src/core/rules/catalogue";
import { editDistance, nearestWords } from "../../src/cli/nearest-words";
import { runCli } from "./run-cli";

const RULES = Object.keys(ruleCatalogue);
const suggested = (...argv: string[]) => {
  const command = parseArgs(["check", "a.xlsx", ...argv]);
  return command.kind === "usage-error" && command.problem.kind === "bad-value" ? command.problem.suggestions : "accepted";
};

it("suggests the rule a typo or a part of its id points at", () => {
  expect(suggested("--rule", "shortfal-note")).toEqual(["shortfall-unexplained"]);
  expect(suggested("--rule", "fact-mising")).toEqual(["fact-missing"]);
  expect(suggested("--rule", "Value_Invalid")).toEqual(["value-invalid"]);
  expect(suggested("--rule", "weak-explanation")).toEqual(["explanation-weak"]);
  expect(suggested("--rule", "deadline")).toEqual(["deadline-unreadable", "deadline-outside-period"]);
});

it("names the one unknown id of a list, not the whole list", () => {
  const command = parseArgs(["check", "a.xlsx", "--rule", "value-invalid,number-as-txt"]);
  expect(command).toMatchObject({ kind: "usage-error", problem: { word: "--rule", value: "number-as-txt", suggestions: ["number-as-text"] } });
});

it("suggests nothing when nothing is near, rather than a guess", () => {
  expect(suggested("--rule", "xyz")).toBeUndefined();
  // «note» is a typo away from «not» of measure-not-reported: no hint at all.
  expect(suggested("--rule", "note")).toBeUndefined();
});

it("takes a severity's name in either language, or a typo of its id, as a hint", () => {
  expect(suggested("--severity", "errors")).toEqual(["error"]);
  expect(suggested("--severity", "помилки")).toEqual(["error"]);
  expect(suggested("--severity", "Попередження")).toEqual(["warning"]);
  expect(suggested("--severity", "tips")).toEqual(["info"]);
  expect(suggested("--severity", "critical")).toBeUndefined();
});

it("says it in the official's words, with the three severities when none is near", async () => {
  const rule = await runCli(["check", "a.xlsx", "--rule", "shortfal-note"]);
  expect(rule.code).toBe(2);
  expect(rule.stderr.split("\n")[0]).toBe("pokaznyk: --rule: «shortfal-note» — недопустиме значення. Можливо, shortfall-unexplained?");
  const two = await runCli(["check", "a.xlsx", "--rule", "deadline", "--lang", "en"]);
  expect(two.stderr.split("\n")[0]).toBe('pokaznyk: --rule: "deadline" is not a valid value. Did you mean deadline-unreadable or deadline-outside-period?');
  const severity = await runCli(["check", "a.xlsx", "--severity", "critical"]);
  expect(severity.stderr.split("\n")[0]).toBe("pokaznyk: --severity: «critical» — недопустиме значення (можна: error, warning, info)");
  const fix = await runCli(["compute", "a.xlsx", "-o", "b.xlsx", "--fix", "numbers-as-txt"]);
  expect(fix.stderr.split("\n")[0]).toBe("pokaznyk: --fix: «numbers-as-txt» — недопустиме значення. Можливо, numbers-as-text?");
});

it("never suggests a rule id that does not exist, and finds every real id from a one-letter typo", () => {
  for (const id of RULES) {
    const typo = `${id.slice(0, 2)}${id.slice(3)}`;
    const near = nearestWords(typo, RULES);
    expect(near).toContain(id);
    expect(near.every((n) => RULES.includes(n))).toBe(true);
  }
});

it("counts a swap of two neighbouring letters as one edit", () => {
  expect(editDistance("fcat", "fact")).toBe(1);
  expect(editDistance("звіт", "звт")).toBe(1);
  expect(editDistance("", "abc")).toBe(3);
});
