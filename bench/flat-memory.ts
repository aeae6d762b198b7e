/**
 * Whether the receiving office's runs keep their peak memory flat in the number of files (issue
 * 11): the same folder of generated ~100-row reports at a quarter of the files and at all of them,
 * through plain `check`, `check --json`, `check --report` and `consolidate`, each a whole process
 * measured by itself (usage.cjs). A ratio near ×1.00 says a run of four times the files needs no
 * more memory. What a run must keep per file (the table of files' rows, each centre's numbers for
 * the summary) still grows, by a few kilobytes a file; a third size (--sizes 250,1000,2000) shows
 * whether the rest levels off once V8's young generation has grown to its cap.
 * Standalone: node dist/bench/flat-memory.js [--files 1000 | --sizes 250,1000,4000] [--runs 3] [--work DIR] [--cli bin/pokaznyk.js]
 * (--work, or POKAZNYK_BENCH_WORK, keeps one helper's generated files apart from another's).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Workbook } from "exceljs";
import type { SheetGrid } from "../src/core/grid";
import { quarterlyReport } from "./generate";

export interface Usage {
  cpuMs: number;
  maxRssKiB: number;
}

const ROOT = path.resolve(__dirname, "..", "..");
const USAGE = path.join(ROOT, "bench", "usage.cjs");

export function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

/** The bench's own folder for generated files and results: --work, POKAZNYK_BENCH_WORK, or the system's temp. */
export function workFolder(): string {
  return path.resolve(option("--work", process.env.POKAZNYK_BENCH_WORK ?? path.join(os.tmpdir(), "pokaznyk-bench")));
}

/** One whole process, its CPU time and peak memory as it measured them itself; exit 0 and 1 are a check's answers. */
export function measure(args: string[], work: string): Usage {
  const file = path.join(work, `usage-${process.pid}.json`);
  fs.rmSync(file, { force: true });
  const run = spawnSync(process.execPath, ["--require", USAGE, ...args], { env: { ...process.env, POKAZNYK_USAGE_FILE: file }, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 26 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(" ")} exited ${run.status}: ${String(run.stderr).slice(0, 500)}`);
  return JSON.parse(fs.readFileSync(file, "utf8")) as Usage;
}

export async function writeXlsx(grid: SheetGrid, file: string): Promise<void> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(grid.name);
  grid.values.forEach((row, i) =>
    row.forEach((value, j) => {
      if (value !== null && typeof value !== "object") sheet.getCell(grid.top + i, grid.left + j).value = value;
    }),
  );
  for (const m of grid.merges) sheet.mergeCells(m.top, m.left, m.bottom, m.right);
  await workbook.xlsx.writeFile(file);
}

/** A folder of `count` generated ~100-row quarterly reports, made once and reused (the first `count` of a bigger set). */
export async function reportFolder(work: string, count: number): Promise<string> {
  const all = path.join(work, "files");
  fs.mkdirSync(all, { recursive: true });
  for (let k = 0; k < count; k++) {
    const file = path.join(all, `centre-${String(k).padStart(4, "0")}.xlsx`);
    if (!fs.existsSync(file)) await writeXlsx(quarterlyReport(100, k + 10), file);
  }
  // Each size its own folder, named as the office names one, holding links to the shared files.
  const folder = path.join(work, `files-${count}`);
  if (!fs.existsSync(folder) || fs.readdirSync(folder).length !== count) {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.mkdirSync(folder);
    for (let k = 0; k < count; k++) {
      const name = `centre-${String(k).padStart(4, "0")}.xlsx`;
      fs.linkSync(path.join(all, name), path.join(folder, name));
    }
  }
  return folder;
}

function medianUsage(list: Usage[]): Usage {
  const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { cpuMs: middle(list.map((u) => u.cpuMs)), maxRssKiB: middle(list.map((u) => u.maxRssKiB)) };
}

interface Mode {
  name: string;
  args: (folder: string, work: string) => string[];
}

const MODES: Mode[] = [
  { name: "check FOLDER", args: (folder) => ["check", folder] },
  { name: "check --json", args: (folder) => ["check", "--json", folder] },
  { name: "check --report", args: (folder, work) => ["check", folder, "--report", path.join(work, "report.xlsx"), "--force"] },
  { name: "consolidate", args: (folder, work) => ["consolidate", folder, "-o", path.join(work, "region.xlsx"), "--force"] },
];

/**
 * Peak memory of each mode at each size, the median of `runs` runs (when the collector runs
 * depends on this shared machine's load), printed one line per mode: the sizes' peaks and the
 * biggest size's against the smallest's. Returns the lines.
 */
export async function flatMemory(cli: string, work: string, sizes: number[], runs = 3): Promise<string[]> {
  const folders = new Map<number, string>();
  for (const size of sizes) folders.set(size, await reportFolder(work, size));
  const lines: string[] = [];
  for (const mode of MODES) {
    const peaks = sizes.map((size) => medianUsage(Array.from({ length: runs }, () => measure([cli, ...mode.args(folders.get(size) as string, work)], work))));
    const first = peaks[0].maxRssKiB;
    const last = peaks[peaks.length - 1].maxRssKiB;
    const figures = sizes.map((size, k) => `${size} files ${(peaks[k].maxRssKiB / 1024).toFixed(0)} MiB (${(peaks[k].cpuMs / 1000).toFixed(1)} s cpu)`).join(", ");
    const line = `${mode.name}: peak ${figures}; ×${(last / first).toFixed(2)} memory for ×${(sizes[sizes.length - 1] / sizes[0]).toFixed(0)} files`;
    console.log(line);
    lines.push(line);
  }
  return lines;
}

if (require.main === module) {
  const files = Number(option("--files", "1000"));
  const sizes = option("--sizes", `${Math.max(1, Math.floor(files / 4))},${files}`).split(",").map(Number);
  const cli = path.resolve(option("--cli", path.join(ROOT, "bin", "pokaznyk.js")));
  const work = workFolder();
  fs.mkdirSync(work, { recursive: true });
  console.log(`\nPeak memory against the number of files (~100 measure rows each), medians — node ${process.version}, ${cli}\n`);
  flatMemory(cli, work, sizes, Number(option("--runs", "3"))).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
