/**
 * Which `pokaznyk compute` command removes a finding: what a grouped line of `check` suggests. A
 * rule is offered only when the engine has a fix for it (FIX_FOR_RULE) and this version's compute
 * accepts the words (args.ts computeAccepts): an option another version lacks is never suggested.
 */
import { FIX_FOR_RULE } from "../core/edits/fixes";
import type { Finding } from "../core/types";
import { computeAccepts } from "./args";

/**
 * The compute words that fix this one finding, or null. Compute writes a live total only into an
 * empty total cell on its own (total-missing without a typed value); a typed total that disagrees
 * needs --replace-totals; a word in the total cell, no option.
 */
function wordsFor(finding: Finding): string[] | null {
  if (FIX_FOR_RULE[finding.rule] === undefined) return null;
  switch (finding.rule) {
    case "number-as-text":
      return ["--fix", "numbers-as-text"];
    case "percent-mismatch":
    case "percent-invalid":
      return ["--replace-percents"];
    case "total-mismatch":
      return ["--replace-totals"];
    case "total-missing":
      return finding.params.value === undefined ? [] : null;
    default:
      return null;
  }
}

/**
 * The compute options that fix every one of these findings (an empty list: compute alone), or null
 * when they need different ones, none fits, or this version's compute has no such option.
 */
export function computeFixFor(findings: readonly Finding[]): string[] | null {
  const all = findings.map(wordsFor);
  const first = all[0];
  if (!first || all.some((words) => words === null || words.join(" ") !== first.join(" "))) return null;
  return computeAccepts(first) ? first : null;
}
