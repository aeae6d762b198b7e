/**
 * Addresses as Excel reports them: "'Звіт I кв 2020'!A1:H54", "Sheet1!B3",
 * and comma-separated lists of areas from RangeAreas.address.
 */
import { cellAddress, parseAddress } from "../core/address";
import type { MergedArea } from "../core/grid";

/** A rectangle, 1-based and inclusive. */
export type Area = MergedArea;

/** Splits "Sheet!A1:B2,'It''s'!C3" into areas, ignoring commas inside quoted sheet names. */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") {
      // '' inside a quoted name is an escaped quote.
      if (quoted && address[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (!quoted && (ch === "," || ch === ";")) {
      if (current.trim()) parts.push(current.trim());
      current = "";
      continue;
    }
    current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** The part after the last "!" outside quotes: the cells of one area. */
export function stripSheet(area: string): string {
  const bang = area.lastIndexOf("!");
  return bang >= 0 ? area.slice(bang + 1) : area;
}

/** "B3" or "B3:H54" (optionally with a sheet prefix and $ signs) as a rectangle. */
export function parseArea(area: string): Area {
  const cells = stripSheet(area).replace(/\$/g, "");
  const [first, second] = cells.split(":");
  const a = parseAddress(first);
  const b = second ? parseAddress(second) : a;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function parseAreas(address: string): Area[] {
  return splitAreas(address).map(parseArea);
}

export function areaAddress(area: Area): string {
  const a = cellAddress(area.top, area.left);
  return area.top === area.bottom && area.left === area.right ? a : `${a}:${cellAddress(area.bottom, area.right)}`;
}

export function areaCells(area: Area): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

/** A sheet name as Excel writes it in an address: quoted unless it is a plain word. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}
