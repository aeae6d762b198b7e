/**
 * -o never loses a file the official did not mean to lose: the input, an existing file, a
 * read-only file, a symlink; the temporary file cannot be redirected and never outlives the run.
 */
import { spawn } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import ts from "typescript";
import { checkDestination, writeAtomically, type Destination } from "../../src/cli/safe-output";

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokaznyk-out-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const file = (name: string, text = "old", mode = 0o644) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, text);
  fs.chmodSync(p, mode);
  return p;
};
const xlsx = { extension: ".xlsx" } as const;
const leftovers = () => fs.readdirSync(dir).filter((n) => n.endsWith(".tmp"));

async function destination(target: string, policy: Parameters<typeof checkDestination>[1] = xlsx): Promise<Destination> {
  const checked = await checkDestination(target, policy);
  if (!checked.ok) throw new Error(`refused: ${checked.refusal.kind}`);
  return checked.destination;
}

describe("which destinations are refused", () => {
  it("refuses the input itself, however it is spelled, unless --force", async () => {
    const input = file("звіт.xlsx");
    const sameFile = path.join(dir, ".", "звіт.xlsx");
    expect(await checkDestination(sameFile, { ...xlsx, input })).toEqual({ ok: false, refusal: { kind: "is-input" } });
    expect((await checkDestination(sameFile, { ...xlsx, input, force: true })).ok).toBe(true);
  });

  it("refuses an existing file unless --force, or unless adding to it is the point", async () => {
    const other = file("інший.xlsx");
    expect(await checkDestination(other, xlsx)).toEqual({ ok: false, refusal: { kind: "exists" } });
    expect((await checkDestination(other, { ...xlsx, force: true })).ok).toBe(true);
    expect((await checkDestination(other, { ...xlsx, existingIsExpected: true })).ok).toBe(true);
  });

  it("refuses a read-only file even with --force", async () => {
    const readOnly = file("архів.xlsx", "old", 0o444);
    expect(await checkDestination(readOnly, { ...xlsx, force: true })).toEqual({ ok: false, refusal: { kind: "read-only" } });
  });

  it("refuses a symbolic link, a folder and another extension", async () => {
    const target = file("справжній.xlsx");
    fs.symlinkSync(target, path.join(dir, "посилання.xlsx"));
    fs.mkdirSync(path.join(dir, "тека.xlsx"));
    expect(await checkDestination(path.join(dir, "посилання.xlsx"), { ...xlsx, force: true })).toEqual({ ok: false, refusal: { kind: "symlink" } });
    expect(await checkDestination(path.join(dir, "тека.xlsx"), { ...xlsx, force: true })).toEqual({ ok: false, refusal: { kind: "not-a-file" } });
    expect(await checkDestination(path.join(dir, "out.csv"), xlsx)).toEqual({ ok: false, refusal: { kind: "wrong-extension", expected: ".xlsx" } });
    expect(await checkDestination(path.join(dir, "out.xlsx"), { extension: ".xlsm" })).toEqual({ ok: false, refusal: { kind: "wrong-extension", expected: ".xlsm" } });
  });
});

describe("writing", () => {
  it("writes a new file and leaves no temporary file", async () => {
    const target = path.join(dir, "новий.xlsx");
    await writeAtomically(await destination(target), Buffer.from("new"));
    expect(fs.readFileSync(target, "utf8")).toBe("new");
    expect(leftovers()).toEqual([]);
  });

  it("keeps the permissions of the file it replaces", async () => {
    const target = file("приватний.xlsx", "old", 0o600);
    await writeAtomically(await destination(target, { ...xlsx, force: true }), Buffer.from("new"));
    expect(fs.readFileSync(target, "utf8")).toBe("new");
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
  });

  it("fails rather than follow a symlink planted at the temporary name", async () => {
    const victim = file("жертва.txt", "precious");
    const target = path.join(dir, "out.xlsx");
    const temporary = path.join(dir, ".out.xlsx.planted.tmp");
    fs.symlinkSync(victim, temporary);
    await expect(writeAtomically(await destination(target), Buffer.from("new"), { temporary })).rejects.toThrow(/EEXIST/);
    expect(fs.readFileSync(victim, "utf8")).toBe("precious");
    expect(fs.existsSync(target)).toBe(false);
  });

  it.each(["SIGINT", "SIGTERM"] as const)("removes the temporary file when stopped by %s, leaving the destination as it was", async (signal) => {
    const target = file("звіт.xlsx", "old");
    // A child process writes and pauses before the rename; the test stops it there.
    const source = ts.transpileModule(fs.readFileSync(path.join(__dirname, "../../src/cli/safe-output.ts"), "utf8"), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
    fs.writeFileSync(path.join(dir, "safe-output.js"), source);
    const script = `const s = require(${JSON.stringify(path.join(dir, "safe-output.js"))});
      s.checkDestination(${JSON.stringify(target)}, { extension: ".xlsx", force: true }).then((c) =>
        s.writeAtomically(c.destination, Buffer.alloc(1 << 20, 65), { beforeRename: () => { process.stdout.write("paused\\n"); setInterval(() => {}, 1000); return new Promise(() => {}); } }));`;
    const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve) => child.stdout.on("data", (d: Buffer) => d.toString().includes("paused") && resolve()));
    expect(leftovers()).toHaveLength(1);
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, s) => resolve(s)));
    child.kill(signal);
    expect(await exited).toBe(signal);
    expect(leftovers()).toEqual([]);
    expect(fs.readFileSync(target, "utf8")).toBe("old");
  });
});
