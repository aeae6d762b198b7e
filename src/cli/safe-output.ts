/**
 * Writing a file the official named with -o, without ever losing one they did not mean to lose:
 * - the input itself (same device and inode, whatever the path says) or any existing file is
 *   replaced only when they said so (--force; `template -o` adds to an existing workbook on purpose);
 * - a read-only file, a symbolic link or anything that is not a regular file is refused;
 * - the bytes go to a temporary file with a random name beside the destination, created
 *   exclusively (O_EXCL: a planted symlink there makes it fail rather than write elsewhere),
 *   flushed to disk, given the replaced file's permissions, then renamed into place;
 * - Ctrl+C or a kill while writing removes the temporary file.
 */
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, chmod, lstat, open, rename, rm, stat } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";

/** Why a destination is refused; each becomes one line in the user's language. */
export type OutputRefusal =
  /** `final`: --force does not help (a marked copy never replaces a checked file). */
  | { kind: "is-input"; final?: true }
  | { kind: "exists" }
  | { kind: "read-only" }
  | { kind: "symlink" }
  | { kind: "not-a-file" }
  | { kind: "wrong-extension"; expected: string };

export interface OutputPolicy {
  /** The file the command read: writing over it needs `force`. */
  input?: string;
  /** The user said --force: an existing file (the input too) may be replaced. */
  force?: boolean;
  /** An existing destination is the point (template -o adds a sheet to it). */
  existingIsExpected?: boolean;
  /** The extension the bytes are (".xlsx", or ".xlsm" for a macro-enabled workbook). */
  extension: ".xlsx" | ".xlsm";
}

export interface Destination {
  path: string;
  /** The mode of the file being replaced; null for a new file. */
  replacedMode: number | null;
}

/** Decides whether `target` may be written; reads the file system, writes nothing. */
export async function checkDestination(target: string, policy: OutputPolicy): Promise<{ ok: true; destination: Destination } | { ok: false; refusal: OutputRefusal }> {
  if (extname(target).toLowerCase() !== policy.extension) return { ok: false, refusal: { kind: "wrong-extension", expected: policy.extension } };
  const link = await lstatOrNull(target);
  if (link === null) return { ok: true, destination: { path: target, replacedMode: null } };
  if (link.isSymbolicLink()) return { ok: false, refusal: { kind: "symlink" } };
  if (!link.isFile()) return { ok: false, refusal: { kind: "not-a-file" } };
  if (policy.input !== undefined) {
    const input = await statOrNull(policy.input);
    if (input && identical(input, link) && !policy.force) return { ok: false, refusal: { kind: "is-input" } };
  }
  if (!policy.force && !policy.existingIsExpected) return { ok: false, refusal: { kind: "exists" } };
  // Root may write anything, so the mode bits decide too: a file nobody may write stays as it is.
  if ((link.mode & 0o222) === 0 || !(await writable(target))) return { ok: false, refusal: { kind: "read-only" } };
  return { ok: true, destination: { path: target, replacedMode: link.mode & 0o7777 } };
}

/** One file, whatever the paths say: the same device and inode. */
function identical(a: { dev: number; ino: number }, b: { dev: number; ino: number }): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/** The two paths name one file (false when either is missing). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([statOrNull(a), statOrNull(b)]);
  return x !== null && y !== null && identical(x, y);
}

export interface WriteOptions {
  /** Tests only: the temporary file's name, and a pause before the rename. */
  temporary?: string;
  beforeRename?: () => Promise<void>;
}

/**
 * Writes `bytes` to the destination through an exclusive temporary file and a rename; the bytes
 * may come in pieces (a workbook too big to gather in memory first).
 */
export async function writeAtomically(destination: Destination, bytes: Uint8Array | AsyncIterable<Uint8Array>, options: WriteOptions = {}): Promise<void> {
  const temporary = options.temporary ?? join(dirname(destination.path), `.${basename(destination.path)}.${randomBytes(8).toString("hex")}.tmp`);
  const cleanUp = () => rm(temporary, { force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    void cleanUp().finally(() => {
      process.removeListener("SIGINT", onSignal);
      process.removeListener("SIGTERM", onSignal);
      process.kill(process.pid, signal);
    });
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  let handle: FileHandle | null = null;
  try {
    // "wx": O_CREAT|O_EXCL, so an existing name (a planted symlink included) fails instead of being followed.
    handle = await open(temporary, "wx", destination.replacedMode ?? 0o666);
    if (bytes instanceof Uint8Array) await handle.writeFile(bytes);
    else for await (const piece of bytes) await handle.write(piece);
    await handle.sync();
    await handle.close();
    handle = null;
    if (destination.replacedMode !== null) await chmod(temporary, destination.replacedMode);
    await options.beforeRename?.();
    await rename(temporary, destination.path);
    await syncFolder(dirname(destination.path));
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await cleanUp();
    throw err;
  } finally {
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  }
}

/** The rename is durable only once the folder is flushed too; not every system allows it. */
async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | null = null;
  try {
    handle = await open(folder, "r");
    await handle.sync();
  } catch {
    // Windows cannot open a folder for flushing; the rename itself is still atomic there.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

async function writable(path: string): Promise<boolean> {
  try {
    await access(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

async function lstatOrNull(path: string) {
  try {
    return await lstat(path);
  } catch (err) {
    if (isMissing(err)) return null;
    throw err;
  }
}

async function statOrNull(path: string) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

function isMissing(err: unknown): boolean {
  return typeof err === "object" && err !== null && "code" in err && (err.code === "ENOENT" || err.code === "ENOTDIR");
}
