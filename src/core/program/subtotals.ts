import { ColumnRole } from "../types";
import { fold } from "../text";
import { FindingList } from "../rules/findings";
import { roundNoise } from "../compute";
import { MoneyReading } from "./money";
import { ProgramLine } from "./rows";

const TOLERANCE = 0.001;

/** A line of the table with its money read, by column role. */
export interface MoneyLine {
  line: ProgramLine;
  money: Partial<Record<ColumnRole, MoneyReading>>;
}

/**
 * SPEC `subtotal-mismatch` for the programme table's total rows. A total agrees when it equals any
 * sum it may stand for: the measures since the previous total rows or section heading (consecutive
 * total rows — «ВСЬОГО», «у т.ч. обласний бюджет» — are one block and share that start), every
 * measure above it, the measures below it up to the next total («Всього, у т.ч.» written first),
 * every measure below it, or its block's own parts by source; a total naming a source also
 * compares with the same sums of that source's rows. Written over plain lines and money so a
 * generic subtotal rule can take its place once the layouts share one.
 */
export function checkSubtotals(lines: MoneyLine[], roles: { role: ColumnRole; col: number }[], findings: FindingList): void {
  lines.forEach((total, i) => {
    if (total.line.kind === "measure") return;
    const blockStart = startOfBlock(lines, i);
    const blockEnd = endOfBlock(lines, i);
    const ownSource = sourceKey(total.line.source);
    const measures = (from: number, to: number, sameSection = false) =>
      lines.slice(from, to).filter((l) => l.line.kind === "measure" && (!sameSection || l.line.section === total.line.section));
    let previousTotal = blockStart - 1;
    while (previousTotal >= 0 && lines[previousTotal].line.kind === "measure") previousTotal--;
    let nextTotal = blockEnd + 1;
    while (nextTotal < lines.length && lines[nextTotal].line.kind === "measure") nextTotal++;
    const groups: MoneyLine[][] = [
      measures(previousTotal + 1, blockStart, true),
      measures(0, blockStart),
      measures(blockEnd + 1, nextTotal),
      measures(blockEnd + 1, lines.length),
    ];
    const bySource = ownSource === "" ? [] : groups.map((g) => g.filter((l) => sourceKey(l.line.source) === ownSource));
    // The block's parts: a total row's breakdown rows below it, by source.
    const parts = total.line.kind === "total" ? lines.slice(i + 1, blockEnd + 1).filter((l) => l.line.kind === "breakdown") : [];
    // A part by source («у т.ч. обласний бюджет») is compared only with that source's rows.
    const candidates = (ownSource === "" ? [...groups, parts] : [...bySource, parts]).filter((g) => g.length > 0);
    if (candidates.length === 0) return;
    for (const { role, col } of roles) {
      const typed = total.money[role];
      if (typed?.kind !== "number") continue;
      const sums = candidates.map((g) => sumOf(g, role)).filter((s): s is number => s !== null);
      if (sums.length === 0 || sums.some((s) => Math.abs(s - typed.value) <= TOLERANCE + 1e-9)) continue;
      const sum = sumOf(groups[0], role) ?? sums[0];
      const all = sumOf(groups[1], role) ?? sum;
      findings.add("subtotal-mismatch", total.line.row, col, { column: role, total: typed.value, sum, all, label: findings.label(role) });
    }
  });
}

/** Sum of a column over lines, empty as 0; null when a value there is invalid or nothing is a number. */
function sumOf(lines: MoneyLine[], role: ColumnRole): number | null {
  let sum = 0;
  let numbers = 0;
  for (const l of lines) {
    const reading = l.money[role];
    if (reading?.kind === "invalid") return null;
    if (reading?.kind === "number") {
      sum += reading.value;
      numbers++;
    }
  }
  return numbers > 0 ? roundNoise(sum) : null;
}

function startOfBlock(lines: MoneyLine[], i: number): number {
  let k = i;
  while (k > 0 && lines[k - 1].line.kind !== "measure" && lines[k - 1].line.section === lines[i].line.section && lines[k - 1].line.row === lines[k].line.row - 1) k--;
  return k;
}

function endOfBlock(lines: MoneyLine[], i: number): number {
  let k = i;
  while (k + 1 < lines.length && lines[k + 1].line.kind !== "measure" && lines[k + 1].line.section === lines[i].line.section && lines[k + 1].line.row === lines[k].line.row + 1) k++;
  return k;
}

/** A source as compared: «Обласний бюджет», «у т.ч. обласний бюджет:» alike. */
function sourceKey(source: string): string {
  return fold(source)
    .replace(/^(у|в)\s*(т\.\s*ч\.?|тому\s+числі)\s*/u, "")
    .replace(/[:.,;\s]+$/u, "")
    .replace(/^(разом|усього|всього)$/u, "");
}
