/**
 * `pokaznyk check вхідні | head -3`: the reader leaves after a few lines, and the run must end as
 * quietly as it began — no "Unhandled 'error' event", no stack trace, the check's own exit status.
 * A full disk, on the other hand, must not pass for a whole result. Run through the real bin, as an
 * office runs it.
 */
import path from "node:path";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { BIN, ensureBuilt } from "./built-cli";

const FIXTURES = path.resolve(__dirname, "../../../shared/fixtures");
/** A plan with errors: every copy says enough that the listing outgrows a pipe's buffer (64 KiB). */
const PLAN = path.join(FIXTURES, "plan-2022-public.xlsx");

let dir: string;
let folder: string;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(path.join(tmpdir(), "pokaznyk-pipe-"));
  folder = path.join(dir, "вхідні");
  mkdirSync(folder);
  for (let k = 1; k <= 80; k++) copyFileSync(PLAN, path.join(folder, `центр_${k}.xlsx`));
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `pokaznyk ARGS | head -n 3`, as an office types it: head's lines, the CLI's own stderr and exit status. */
function intoHead(args: string[]) {
  const run = spawnSync("bash", ["-c", '"$0" "$@" | head -n 3; exit "${PIPESTATUS[0]}"', process.execPath, BIN, ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: run.status, stderr: run.stderr, read: run.stdout };
}

it.each([[[]], [["--json"]], [["--all"]]])("ends quietly with the check's status when the reader leaves early (%j)", (extra: string[]) => {
  const whole = spawnSync(process.execPath, [BIN, "check", folder, ...extra], { encoding: "utf8", maxBuffer: 64 << 20 });
  // The whole listing is more than a pipe holds, so the early reader really leaves writes unmade.
  expect(Buffer.byteLength(whole.stdout)).toBeGreaterThan(1 << 17);
  const cut = intoHead(["check", folder, ...extra]);
  expect(cut.read.split("\n")).toHaveLength(4);
  expect(cut.stderr).toBe("");
  expect(cut.code).toBe(whole.status);
  expect(cut.code).toBe(1);
}, 60_000);

(existsSync("/dev/full") ? it : it.skip)("says the result was cut short, status 2, when the disk is full", () => {
  const run = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" check "${folder}" --json --lang en > /dev/full`], { encoding: "utf8" });
  expect(run.stderr).toBe("pokaznyk: the result was not written in full (the disk is full)\n");
  expect(run.status).toBe(2);
}, 60_000);
