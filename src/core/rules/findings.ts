import { cellAddress } from "../address";
import { Finding, FindingParams, RuleId } from "../types";
import { ruleCatalogue } from "./catalogue";

/** Collects findings for one sheet; every rule reports through it so the shape stays uniform. */
export class FindingList {
  readonly items: Finding[] = [];

  constructor(private readonly sheet: string) {}

  add(rule: RuleId, row: number, col: number, params: FindingParams = {}): void {
    this.items.push({ rule, severity: ruleCatalogue[rule].severity, sheet: this.sheet, cell: cellAddress(row, col), row, col, params });
  }
}
