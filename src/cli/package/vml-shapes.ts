/**
 * The VML a cell note needs, as Excel writes it: the note shape type (_x0000_t202) and a hidden
 * yellow box anchored beside the cell, sized to its text. Shape ids come from the drawing's idmap
 * blocks (block n holds ids n×1024+1 … n×1024+1023), unique across the workbook's drawings.
 */

export const VML_NAMESPACES = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"';

export const NOTE_SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** About how many characters of 9 pt Tahoma a line of the box holds, and how tall it may grow. */
const CHARS_PER_LINE = 42;
const MIN_ROWS = 4;
const MAX_ROWS = 24;

/** A hidden note box for the cell (1-based row and column); `declare` repeats the namespaces on it. */
export function noteShape(note: { row: number; col: number; text: string }, id: number, z: number, declare: boolean): string {
  const row = note.row - 1;
  const col = note.col - 1;
  // Lines the box needs, each paragraph wrapped, plus the author's line: one sheet row each, roughly.
  const lines = 1 + note.text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / CHARS_PER_LINE)), 0);
  const rows = Math.min(MAX_ROWS, Math.max(MIN_ROWS, lines));
  const top = Math.max(0, row - 1);
  const anchor = `${col + 1}, 15, ${top}, 10, ${col + 4}, 15, ${top + rows}, 4`;
  const style = `position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:${(rows * 15).toFixed(2)}pt;z-index:${z};visibility:hidden`;
  return (
    `<v:shape ${declare ? `${VML_NAMESPACES} ` : ""}id="_x0000_s${id}" type="#_x0000_t202" style="${style}" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

const BLOCK = 1024;

/**
 * `count` fresh shape ids for a drawing whose idmap claims `blocks` and whose shapes use `taken`:
 * after the highest taken, within the drawing's blocks; when they run out, a block no drawing of
 * the workbook claims (`inUse`) is added. Returns the ids and the drawing's blocks afterwards.
 */
export function shapeIds(count: number, blocks: number[], taken: number[], inUse: Set<number>): { ids: number[]; blocks: number[] } {
  const mine = [...blocks];
  const claimed = new Set([...inUse, ...mine]);
  let next = Math.max(...taken, ...mine.map((b) => b * BLOCK), 0) + 1;
  const ids: number[] = [];
  while (ids.length < count) {
    if (next % BLOCK === 0) next++;
    const block = Math.floor(next / BLOCK);
    if (!mine.includes(block)) {
      if (claimed.has(block)) {
        const fresh = Math.max(...claimed) + 1;
        next = fresh * BLOCK + 1;
        mine.push(fresh);
        claimed.add(fresh);
      } else {
        mine.push(block);
        claimed.add(block);
      }
    }
    ids.push(next++);
  }
  return { ids, blocks: mine };
}
