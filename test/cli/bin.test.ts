/**
 * End to end through the real bin/pokaznyk.js and the bundled dist/cli/pokaznyk.js, as an office
 * runs it. The bundle is (re)built here when missing or older than the sources, so the test never
 * checks stale code; and the package `npm pack` makes installs and runs on its own.
 */
import path from "node:path";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import type { JsonDocument } from "../../src/cli/json-output";
import { BIN, ensureBuilt } from "./built-cli";

const ROOT = path.resolve(__dirname, "../..");
const FIXTURES = path.resolve(ROOT, "../shared/fixtures");

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

it("installs from `npm pack` with `npm install -g` and runs with nothing else", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "pokaznyk-pack-"));
  try {
    const packed = execFileSync("npm", ["pack", "--silent", "--pack-destination", dir], { cwd: ROOT, encoding: "utf8" }).trim().split("\n").pop() as string;
    const prefix = path.join(dir, "prefix");
    execFileSync("npm", ["install", "-g", "--offline", "--no-audit", "--no-fund", "--prefix", prefix, path.join(dir, packed)], { stdio: "pipe" });
    const installed = path.join(prefix, "bin", "pokaznyk");
    const run = spawnSync(installed, ["check", path.join(FIXTURES, "report-q1-2020-kramatorsk.xlsx"), "--json"], { encoding: "utf8", cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as JsonDocument).files[0].sheets[0].form).toBe("quarterly-report");
    // Everything it needs is in the package: no node_modules came with it.
    expect(existsSync(path.join(prefix, "lib", "node_modules", "pokaznyk", "node_modules"))).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
