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

  add(rule: RuleId, row: number, col: number, params: FindingParams = {}): void {
    const label = params.label ?? (params.column ? this.labels.get(params.column as ColumnRole) : undefined);
    const full = label ? { ...params, label } : params;
    this.items.push({ rule, severity: ruleCatalogue[rule].severity, sheet: this.sheet, cell: cellAddress(row, col), row, col, params: full });
  }
}
