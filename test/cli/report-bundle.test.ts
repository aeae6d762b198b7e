/**
 * `check --report` through the real bin and bundle, as an office runs it: the report's exceljs
 * chunk is bundled outside node_modules, where Node warns of deprecated calls that it lets pass
 * inside them. stderr is for the official's reasons only.
 */
import path from "node:path";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { BIN, ensureBuilt } from "./built-cli";

const FIXTURES = path.resolve(__dirname, "../../../shared/fixtures");

beforeAll(ensureBuilt, 180_000);

it("writes the report with nothing on stderr", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "pokaznyk-report-"));
  try {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx")).sort().map((f) => path.join(FIXTURES, f));
    const report = path.join(dir, "результат.xlsx");
    const run = spawnSync(process.execPath, [BIN, "check", ...files, "--report", report], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(run.stderr).toBe("");
    expect(run.status).toBeLessThan(2);
    expect(statSync(report).size).toBeGreaterThan(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it("consolidates with nothing on stderr", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "pokaznyk-region-"));
  try {
    const region = path.join(dir, "область.xlsx");
    const run = spawnSync(process.execPath, [BIN, "consolidate", path.join(FIXTURES, "report-q3-2021-public.xlsx"), "-o", region], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(statSync(region).size).toBeGreaterThan(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
