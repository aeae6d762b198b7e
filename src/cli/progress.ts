/**
 * `[12/40] вхідні/центр-12.xlsx` on stderr while a long run goes on, redrawn in place and wiped at
 * the end: only on a terminal, so a log, a pipe or the JSON never holds it.
 */
import type { OutputStream } from "./io";
import { printable } from "./terminal-text";

export interface Progress {
  /** About to check the file numbered `done + 1` of the run. */
  step(done: number, file: string): void;
  /** Wipes the line, so what comes next starts on a clean one. */
  end(): void;
}

/** A longer name keeps its end: the file's own name says more than the folders above it. */
const NAME_MAX = 60;
/** A redraw at most this often: a terminal drawing 1,000 lines a second slows the run it shows. */
const REDRAW_MS = 80;

const silent: Progress = { step: () => undefined, end: () => undefined };

export function progressOn(stream: OutputStream, total: number, now: () => number = Date.now): Progress {
  if (!stream.isTTY || total < 2) return silent;
  let drawn = false;
  let last = -Infinity;
  return {
    step(done, file) {
      const time = now();
      if (time - last < REDRAW_MS) return;
      last = time;
      drawn = true;
      stream.write(`\r[${done + 1}/${total}] ${shortName(printable(file))}\x1b[K`);
    },
    end() {
      if (drawn) stream.write("\r\x1b[K");
    },
  };
}

function shortName(name: string): string {
  const chars = Array.from(name);
  return chars.length <= NAME_MAX ? name : `…${chars.slice(chars.length - NAME_MAX + 1).join("")}`;
}
