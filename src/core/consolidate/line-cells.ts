/**
 * The centres' cells of one summary line, packed: a consolidation of a thousand centres holds a
 * hundred thousand of them from the first file read to the last row written, and as an object
 * (with its array of values) each they cost ~140 bytes, as packed numbers ~30. Centres arrive in
 * the order they are numbered, so the cells stay sorted by centre. Read as a Map of LineCell.
 */
import type { CellValue } from "../grid";

/** One centre's row on a line: where it stands and what the summary's link shows. */
export interface LineCell {
  row: number;
  values: CellValue[];
  note: string;
  /** The invalid values the sums leave out, named ("" when none). */
  leftOut: string;
}

export class LineCells implements Iterable<[number, LineCell]> {
  private centres = new Int32Array(4);
  private rows = new Int32Array(4);
  /** Numbers by cell and value column; NaN where the link shows no number (see `words`). */
  private numbers: Float64Array;
  /** The links that show words, by cell × width + value column; absent is "". */
  private readonly words = new Map<number, CellValue>();
  private readonly notes = new Map<number, string>();
  private readonly leftOut = new Map<number, string>();
  private count = 0;

  /** `width`: the form's value columns (plan and fact, or the quarters). */
  constructor(private readonly width: number) {
    this.numbers = new Float64Array(4 * width);
  }

  get size(): number {
    return this.count;
  }

  /** Adds the cell of a centre numbered after every centre already on the line. */
  set(centre: number, cell: LineCell): this {
    if (this.count > 0 && centre <= this.centres[this.count - 1]) throw new Error(`centre ${centre} comes after ${this.centres[this.count - 1]}`);
    if (this.count === this.centres.length) this.grow();
    const at = this.count++;
    this.centres[at] = centre;
    this.rows[at] = cell.row;
    for (let k = 0; k < this.width; k++) {
      const v = cell.values[k] ?? "";
      this.numbers[at * this.width + k] = typeof v === "number" ? v : NaN;
      if (typeof v !== "number" && v !== "") this.words.set(at * this.width + k, v);
    }
    if (cell.note !== "") this.notes.set(at, cell.note);
    if (cell.leftOut !== "") this.leftOut.set(at, cell.leftOut);
    return this;
  }

  has(centre: number): boolean {
    return this.find(centre) >= 0;
  }

  get(centre: number): LineCell | undefined {
    const at = this.find(centre);
    return at < 0 ? undefined : this.cellAt(at);
  }

  *[Symbol.iterator](): Iterator<[number, LineCell]> {
    for (let at = 0; at < this.count; at++) yield [this.centres[at], this.cellAt(at)];
  }

  private cellAt(at: number): LineCell {
    const values: CellValue[] = [];
    for (let k = 0; k < this.width; k++) {
      const n = this.numbers[at * this.width + k];
      values.push(Number.isNaN(n) ? (this.words.get(at * this.width + k) ?? "") : n);
    }
    return { row: this.rows[at], values, note: this.notes.get(at) ?? "", leftOut: this.leftOut.get(at) ?? "" };
  }

  /** Binary search: the cells are sorted by centre. */
  private find(centre: number): number {
    let [low, high] = [0, this.count - 1];
    while (low <= high) {
      const mid = (low + high) >> 1;
      const c = this.centres[mid];
      if (c === centre) return mid;
      if (c < centre) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  private grow(): void {
    const size = this.centres.length * 2;
    const widen = <T extends Int32Array | Float64Array>(from: T, make: (n: number) => T, n: number): T => {
      const to = make(n);
      to.set(from);
      return to;
    };
    this.centres = widen(this.centres, (n) => new Int32Array(n), size);
    this.rows = widen(this.rows, (n) => new Int32Array(n), size);
    this.numbers = widen(this.numbers, (n) => new Float64Array(n), size * this.width);
  }
}
