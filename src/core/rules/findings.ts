import { cellAddress } from "../address";
import { ColumnRole, Finding, FindingParams, RuleId } from "../types";
import { ruleCatalogue } from "./catalogue";

/** Collects findings for one sheet; every rule reports through it so the shape stays uniform. */
export class FindingList {
  readonly items: Finding[] = [];

  constructor(
    private readonly sheet: string,
    private readonly labels: Map<ColumnRole, string> = new Map(),
  ) {}

  /** Each rule with exactly its own params: the compiler refuses a missing or a foreign one. */
  add<R extends RuleId>(rule: R, row: number, col: number, params: FindingParams<R>): void {
    // One literal for every rule; the signature above is what ties `params` to `rule`.
    const finding = { rule, severity: ruleCatalogue[rule].severity, sheet: this.sheet, cell: cellAddress(row, col), row, col, params };
    this.items.push(finding as Finding);
  }

  /** The sheet's own wording of a column, when short enough to quote in a message. */
  label(role: ColumnRole): string | undefined {
    return this.labels.get(role);
  }
}
