/**
 * `npm run bench` (second part): the installed CLI's `check --json` against two floors, a bare
 * exceljs load and a bare SheetJS load of the same file, measured side by side in this run as
 * whole processes (CPU time and peak memory from each process itself, see usage.cjs). Rounds
 * alternate the three so load on this shared machine hits them alike; the table shows medians
 * and the median of per-round ratios. Then 1,000 files of ~100 rows in one call, whether peak
 * memory stays flat from a quarter of them to all of them through plain `check`, `--json` and
 * `--report` as the receiving office runs them (flat-memory.ts), and the same through `consolidate`.
 * Options: --sizes 1000,10000,100000  --runs 5  --files 1000  --work DIR (or POKAZNYK_BENCH_WORK)
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { quarterlyReport } from "./generate";
import { flatMemory, measure as measureIn, option, workFolder, writeXlsx } from "./flat-memory";
import type { Usage } from "./flat-memory";

const ROOT = path.resolve(__dirname, "..", "..");
const WORK = workFolder();
const measure = (args: string[]): Usage => measureIn(args, WORK);

const SIZES = option("--sizes", "1000,10000,100000").split(",").map(Number);
const RUNS = Number(option("--runs", "5"));
const FILES = Number(option("--files", "1000"));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The CLI as an office installs it: `npm pack`, then `npm install -g` into a private prefix. */
function installCli(): string {
  const prefix = path.join(WORK, "prefix");
  fs.rmSync(prefix, { recursive: true, force: true });
  const packed = execFileSync("npm", ["pack", "--silent", "--pack-destination", WORK], { cwd: ROOT, encoding: "utf8" }).trim().split("\n").pop() as string;
  execFileSync("npm", ["install", "-g", "--silent", "--no-audit", "--no-fund", "--prefix", prefix, path.join(WORK, packed)], { stdio: "ignore" });
  return path.join(prefix, "lib", "node_modules", "pokaznyk", "bin", "pokaznyk.js");
}

const floors = {
  exceljs: (file: string) => ["-e", `new (require("exceljs").Workbook)().xlsx.readFile(${JSON.stringify(file)}).then(() => {})`],
  sheetjs: (file: string) => ["-e", `require("@e965/xlsx").readFile(${JSON.stringify(file)}, { dense: true })`],
};

function row(cells: (string | number)[]): string {
  return `| ${cells.join(" | ")} |`;
}

async function main(): Promise<void> {
  fs.mkdirSync(WORK, { recursive: true });
  console.log(`\nCLI check --json vs bare library loads — node ${process.version}, ${RUNS} rounds after a warm-up, A/B/C alternated\n`);
  const cli = installCli();
  console.log(row(["rows", "CLI cpu ms", "exceljs cpu ms", "SheetJS cpu ms", "CLI ÷ faster floor (cpu)", "CLI peak MiB", "faster floor's peak MiB"]));
  console.log(row(["---", "---", "---", "---", "---", "---", "---"]));
  for (const size of SIZES) {
    const file = path.join(WORK, `report-${size}.xlsx`);
    if (!fs.existsSync(file)) await writeXlsx(quarterlyReport(size), file);
    const runs = { cli: [] as Usage[], exceljs: [] as Usage[], sheetjs: [] as Usage[] };
    const ratios: number[] = [];
    measure([cli, "check", "--json", file]);
    for (let round = 0; round < RUNS; round++) {
      const a = measure([cli, "check", "--json", file]);
      const b = measure(floors.exceljs(file));
      const c = measure(floors.sheetjs(file));
      runs.cli.push(a);
      runs.exceljs.push(b);
      runs.sheetjs.push(c);
      ratios.push(a.cpuMs / Math.min(b.cpuMs, c.cpuMs));
    }
    const cpu = (list: Usage[]) => median(list.map((u) => u.cpuMs));
    const rss = (list: Usage[]) => median(list.map((u) => u.maxRssKiB)) / 1024;
    const faster = cpu(runs.exceljs) <= cpu(runs.sheetjs) ? runs.exceljs : runs.sheetjs;
    console.log(
      row([size, cpu(runs.cli).toFixed(0), cpu(runs.exceljs).toFixed(0), cpu(runs.sheetjs).toFixed(0), `${median(ratios).toFixed(2)}×`, rss(runs.cli).toFixed(0), rss(faster).toFixed(0)]),
    );
  }

  // Many small files in one call, as the receiving office checks a quarter's reports.
  const folder = path.join(WORK, `files-${FILES}`);
  if (!fs.existsSync(folder) || fs.readdirSync(folder).length < FILES) {
    fs.mkdirSync(folder, { recursive: true });
    for (let k = 0; k < FILES; k++) await writeXlsx(quarterlyReport(100, k + 10), path.join(folder, `centre-${String(k).padStart(4, "0")}.xlsx`));
  }
  const all = fs.readdirSync(folder).sort().map((f) => path.join(folder, f)).slice(0, FILES);
  const quarter = all.slice(0, Math.max(1, Math.floor(FILES / 4)));
  const started = Date.now();
  const many = measure([cli, "check", "--json", ...all]);
  const seconds = (Date.now() - started) / 1000;
  const fewer = measure([cli, "check", "--json", ...quarter]);
  console.log(
    `\n${all.length} files of ~100 measure rows in one call: ${(all.length / seconds).toFixed(0)} files/s (${seconds.toFixed(1)} s wall, ${(many.cpuMs / 1000).toFixed(1)} s cpu); ` +
      `peak ${(many.maxRssKiB / 1024).toFixed(0)} MiB, against ${(fewer.maxRssKiB / 1024).toFixed(0)} MiB for ${quarter.length} files ` +
      `(×${(many.maxRssKiB / fewer.maxRssKiB).toFixed(2)} memory for ×${(all.length / quarter.length).toFixed(0)} files)`,
  );

  // The office's runs, the folder named as it is (check, --json, --report, consolidate): peak memory flat in the number of files (issue 11).
  console.log("");
  // A quarter, half and all of them: V8's young generation grows to its cap over the first few hundred files, then stays.
  await flatMemory(cli, WORK, [quarter.length, Math.max(1, Math.floor(FILES / 2)), all.length], Math.min(RUNS, 3));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
