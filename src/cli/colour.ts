/** ANSI styling that collapses to plain text when output is not a terminal. */
import type { Severity } from "../core/types";

export interface Palette {
  bold(text: string): string;
  dim(text: string): string;
  severity(severity: Severity, text: string): string;
}

const wrap = (code: string) => (text: string): string => `\x1b[${code}m${text}\x1b[0m`;

const ansi: Palette = {
  bold: wrap("1"),
  dim: wrap("2"),
  severity: (severity, text) => ({ error: wrap("31"), warning: wrap("33"), info: wrap("36") })[severity](text),
};

const plain: Palette = { bold: (t) => t, dim: (t) => t, severity: (_s, t) => t };

/** Colour only on a TTY, and never when the user set NO_COLOR (https://no-color.org). */
export function paletteFor(isTTY: boolean | undefined, env: NodeJS.ProcessEnv = process.env): Palette {
  return isTTY && !env.NO_COLOR ? ansi : plain;
}
