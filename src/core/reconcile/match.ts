import { fold } from "../text";

/** What a measure is known by when a report is laid beside its plan. */
export interface MatchableMeasure {
  row: number;
  number: string | null;
  measure: string;
  indicator: string;
}

/**
 * Pairs each report measure with at most one plan measure (SPEC reconciliation): by number where
 * both have one, otherwise by folded text with the indicator as tie-breaker. Done in three passes
 * so that the strongest evidence wins: number and text together first; then text alone (a plan
 * renumbered after a measure was added keeps its wording); then number alone (a wording edited
 * in the report keeps its number). Returns report row → plan row.
 */
export function matchMeasures(report: MatchableMeasure[], plan: MatchableMeasure[]): Map<number, number> {
  const matched = new Map<number, number>();
  const taken = new Set<number>();
  const reportKeys = report.map(keysOf);
  const planKeys = plan.map(keysOf);

  // Each pass indexes the plan by its key, so 10,000 rows cost 10,000 lookups, not 10⁸ comparisons.
  const pass = (key: (k: Keys) => string | null) => {
    const index = new Map<string, Keys[]>();
    for (const p of planKeys) {
      const k = key(p);
      if (k === null || taken.has(p.row)) continue;
      const list = index.get(k);
      if (list) list.push(p);
      else index.set(k, [p]);
    }
    for (const r of reportKeys) {
      const k = key(r);
      if (k === null || matched.has(r.row)) continue;
      const candidates = (index.get(k) ?? []).filter((p) => !taken.has(p.row));
      if (candidates.length === 0) continue;
      // Split or repeated measures share a wording: the indicator tells them apart.
      const best = candidates.find((p) => p.indicator === r.indicator) ?? candidates[0];
      matched.set(r.row, best.row);
      taken.add(best.row);
    }
  };
  pass((k) => (k.number !== null && k.text !== "" ? `${k.number}|${k.text}` : null));
  pass((k) => (k.text !== "" ? k.text : null));
  pass((k) => k.number);
  return matched;
}

interface Keys {
  row: number;
  number: string | null;
  text: string;
  indicator: string;
}

function keysOf(m: MatchableMeasure): Keys {
  return { row: m.row, number: numberKey(m.number), text: textKey(m.measure), indicator: textKey(m.indicator) };
}

/** "1.1.3." and "1.1.3" are one number; «п. 2» is 2. */
function numberKey(number: string | null): string | null {
  if (number === null) return null;
  const digits = number.replace(/[^\d.]/g, "").replace(/^\.+|\.+$/g, "").replace(/\.{2,}/g, ".");
  return digits === "" ? null : digits;
}

// A measure's own numbering repeated in its text ("Захід 1.2.", "1.2.") is not part of its wording.
const LEADING_NUMBER = /^(?:захід|завдання|п\.?)?\s*\d+(?:\.\d+)*\.?\s*/u;

/** SPEC: case, quotes, spaces and punctuation ignored. */
export function textKey(text: string): string {
  return fold(text).replace(LEADING_NUMBER, "").replace(/[^\p{L}\p{N}]+/gu, "");
}
