/**
 * End to end through the real bin/pokaznyk.js and the compiled dist/, as `npx pokaznyk` runs it.
 * dist is (re)built here when missing or older than the sources, so the test never checks stale code.
 */
import path from "node:path";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import type { JsonDocument } from "../../src/cli/json-output";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin/pokaznyk.js");
const BUILT_MAIN = path.join(ROOT, "dist/src/cli/main.js");
const FIXTURES = path.resolve(ROOT, "../shared/fixtures");

function newestSource(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestSource(full) : entry.name.endsWith(".ts") ? statSync(full).mtimeMs : 0;
    return Math.max(newest, time);
  }, 0);
}

function ensureBuilt(): void {
  const sources = Math.max(newestSource(path.join(ROOT, "src/cli")), newestSource(path.join(ROOT, "src/core")));
  if (existsSync(BUILT_MAIN) && statSync(BUILT_MAIN).mtimeMs >= sources) return;
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "pipe" });
}

function pokaznyk(...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(ensureBuilt, 180_000);

it("prints the version and help with exit 0", () => {
  const version = pokaznyk("--version");
  expect(version.code).toBe(0);
  expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  const help = pokaznyk("--help");
  expect(help.code).toBe(0);
  expect(help.stdout).toContain("pokaznyk check");
});

it("checks the fixtures with --json: one JSON document, exit 1 when there are errors, 0 otherwise", () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx")).sort().map((f) => path.join(FIXTURES, f));
  const run = pokaznyk("check", ...files, "--json");
  expect(run.stderr).toBe("");
  const doc = JSON.parse(run.stdout) as JsonDocument;
  expect(doc.files.map((f) => f.file)).toEqual(files);
  const anyError = doc.files.some((f) => f.sheets.some((s) => s.findings.some((x) => x.severity === "error")));
  expect(run.code).toBe(anyError ? 1 : 0);
});

it("exits 2 with one line on stderr for a missing file, still checking the other", () => {
  const good = path.join(FIXTURES, "report-q1-2020-kramatorsk.xlsx");
  const run = pokaznyk("check", "немає.xlsx", good, "--lang", "en");
  expect(run.code).toBe(2);
  expect(run.stderr).toBe("pokaznyk: немає.xlsx: file not found\n");
  expect(run.stdout).toContain(good);
  expect(run.stdout.trimEnd().split("\n").pop()).toMatch(/^Summary: 2 files \(1 unreadable\)/);
});

it("exits 2 on a usage mistake", () => {
  expect(pokaznyk("check").code).toBe(2);
  expect(pokaznyk("перевірити", "a.xlsx").code).toBe(2);
});

it("writes a template and computes a plan through the installed command", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "pokaznyk-bin-"));
  try {
    const plan = path.join(dir, "план.xlsx");
    const made = pokaznyk("template", "annual-plan", "-o", plan, "--org", "центру", "--year", "2025", "--lang", "en");
    expect(made).toMatchObject({ code: 0, stderr: "" });
    expect(made.stdout).toContain("Created");
    expect(pokaznyk("check", plan).code).toBe(0);
    const computed = pokaznyk("compute", path.join(FIXTURES, "plan-2022-public.xlsx"), "-o", path.join(dir, "out.xlsx"), "--lang", "en");
    expect(computed.stderr).toBe("");
    expect(computed.stdout).toContain("run with --replace-totals to replace");
    expect(existsSync(path.join(dir, "out.xlsx"))).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
