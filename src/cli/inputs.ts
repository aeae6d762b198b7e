/**
 * The files `check` is given, as a receiving office has them: a folder of the quarter's files
 * (every workbook in it, subfolders too), a pattern (`вхідні/*.xlsx`, `**` for any depth) that
 * the CLI expands itself, because cmd and PowerShell pass it on unexpanded, and plain file names.
 * What a folder holds besides workbooks (a covering letter in Word, a scan) is skipped and
 * counted and named, never read; hidden files and folders are passed over. Each word's files are in path order (numbers by value, the rest code unit by code unit), so
 * two machines list a folder the same way whatever their locale; the words keep the order given.
 */
import type { Dirent } from "node:fs";
import { lstat, readdir, stat } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import { errnoCode } from "./read-problem";
import type { ReadProblem } from "./read-problem";

/** A file to check, or a word that named nothing to check (the reason, as for an unreadable file). */
export type InputFile = { file: string } | { file: string; problem: ReadProblem };

export interface Inputs {
  files: InputFile[];
  /** Files a folder or pattern reached inside one of the paths to pass over (this run's --mark-dir, its --report). */
  passed: string[];
  /** The paths to pass over that lie inside a folder given, or held a file passed over: a later run of that folder would read them. */
  passOverInside: string[];
  /** Files in the folders (or matching the patterns) that are not workbooks, left unread: named, so the office can see none is a report sent as .xls or .ods. */
  skipped: string[];
}

/** What `check` reads from a folder: workbooks, macro-enabled ones too (the reader takes both). */
const WORKBOOK = /\.xls[xm]$/i;
/** Excel's lock file beside an open workbook («~$звіт.xlsx»): not a workbook, whatever its name says. */
const LOCK_FILE = /^~\$/;
const WILDCARD = /[*?]/;

/**
 * `passOver`: paths (a folder, a file) whose files a folder or pattern must not take: the run's own
 * output, when the office put it inside the folder being checked. A file named by itself is taken.
 */
export async function expandInputs(words: readonly string[], platform: NodeJS.Platform = process.platform, passOver: readonly string[] = []): Promise<Inputs> {
  const files: InputFile[] = [];
  const seen = new Set<string>();
  const skipped: string[] = [];
  const passed: string[] = [];
  const folders: string[] = [];
  const add = (input: InputFile) => {
    // A file named twice (a folder and a pattern over it) is checked once, where it first came.
    const key = "problem" in input ? null : resolve(input.file);
    if (key !== null && seen.has(key)) return;
    if (key !== null) seen.add(key);
    files.push(input);
  };
  for (const word of words) {
    const found = await expandWord(word, platform);
    if (found.expanded && (await statOrNull(word))?.isDirectory()) folders.push(word);
    skipped.push(...found.skipped);
    // A path to pass over that holds the folder given (`check вхідні --mark-dir вхідні`) is no output inside it.
    const outside = passOverTest(passOver.filter((p) => !isInside(word, p)));
    for (const input of found.files) {
      if (found.expanded && !("problem" in input) && !outside(input.file)) passed.push(input.file);
      else add(input);
    }
  }
  const passOverInside = passOver.filter((p) => folders.some((f) => isInside(p, f)) || passed.some((file) => isInside(file, p)));
  return { files, skipped, passed, passOverInside };
}

/** A word's files, and whether a folder or pattern gave them (rather than the word naming the file itself). */
type WordInputs = FolderInputs & { expanded: boolean };
type FolderInputs = Pick<Inputs, "files" | "skipped">;

async function expandWord(word: string, platform: NodeJS.Platform): Promise<WordInputs> {
  const info = await statOrNull(word);
  if (info?.isDirectory()) return { ...(await folderInputs(word)), expanded: true };
  // A name with * or ? that exists as it is (Linux allows both) is that file, not a pattern.
  if (info !== null || !WILDCARD.test(word)) return { files: [{ file: word }], skipped: [], expanded: false };
  const matches = await matchPattern(word, platform);
  if (matches.length === 0) return { files: [{ file: word, problem: { kind: "no-match" } }], skipped: [], expanded: false };
  const result: WordInputs = { files: [], skipped: [], expanded: true };
  for (const match of matches) {
    const found = match.folder ? await folderInputs(match.path) : isWorkbookName(match.path) ? { files: [{ file: match.path }], skipped: [] } : { files: [], skipped: [match.path] };
    result.files.push(...found.files);
    result.skipped.push(...found.skipped);
  }
  // `вхідні/*.xls` that finds only old or other files: no workbook was given, which a script must see.
  if (result.files.length === 0) result.files.push({ file: word, problem: { kind: "no-match" } });
  return result;
}

/** Every workbook under the folder, in path order; symbolic links to folders are not followed (no loops). */
async function folderInputs(folder: string): Promise<FolderInputs> {
  const found: InputFile[] = [];
  const skipped: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      // A folder that cannot be read is one line, as an unreadable file is; the others go on.
      found.push({ file: dir, problem: folderProblem(err) });
      return;
    }
    for (const entry of entries) {
      // Hidden names are the system's, not the office's: .DS_Store, and the «._звіт.xlsx» twins a
      // Mac leaves in a zip, which are no workbooks. Not read, not counted.
      if (entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() || (entry.isSymbolicLink() && (await statOrNull(path))?.isFile())) {
        if (isWorkbookName(entry.name)) found.push({ file: path });
        else skipped.push(path);
      }
    }
  };
  await walk(folder);
  skipped.sort(byPath);
  // An empty folder is most often the wrong folder: said, rather than a silent "0 files".
  if (found.length === 0) return { files: [{ file: folder, problem: { kind: "no-workbooks" } }], skipped };
  return { files: found.sort((a, b) => byPath(a.file, b.file)), skipped };
}

/** Whether a file lies outside every path to pass over (not it, not inside it). */
function passOverTest(passOver: readonly string[]): (file: string) => boolean {
  return (file) => !passOver.some((p) => isInside(file, p));
}

/** Whether `path` is `folder` or lies inside it (both as given, made absolute). */
export function isInside(path: string, folder: string): boolean {
  const [p, f] = [resolve(path), resolve(folder)];
  return p === f || p.startsWith(f.endsWith(sep) ? f : `${f}${sep}`);
}

function isWorkbookName(path: string): boolean {
  const name = path.split(/[\\/]/).pop() ?? path;
  return WORKBOOK.test(name) && !LOCK_FILE.test(name);
}

interface Match {
  path: string;
  folder: boolean;
}

/**
 * The paths a pattern names: `*` any characters but a separator, `?` one, `**` as a whole part
 * any number of folders. Hidden names (a leading dot) match only a pattern that starts with one,
 * as in a shell. Names compare case-insensitively on Windows, where the file system does.
 */
async function matchPattern(pattern: string, platform: NodeJS.Platform): Promise<Match[]> {
  const separators = platform === "win32" ? /[\\/]+/ : /\/+/;
  const parts = pattern.split(separators);
  const absolute = parts[0] === "";
  // "C:" (or "" before a leading slash) is where the path starts, not a name to match.
  const driveOrRoot = absolute || /^[A-Za-z]:$/.test(parts[0]);
  const start = driveOrRoot ? `${parts[0]}/` : ".";
  const rest = (driveOrRoot ? parts.slice(1) : parts).filter((p) => p !== "" && p !== ".");
  const results: Match[] = [];
  const join2 = (base: string, name: string) => (base === "." ? name : base.endsWith("/") ? `${base}${name}` : `${base}/${name}`);

  const visit = async (base: string, index: number): Promise<void> => {
    if (index === rest.length) {
      const info = await statOrNull(base);
      if (info) results.push({ path: base, folder: info.isDirectory() });
      return;
    }
    const part = rest[index];
    if (part === "**") {
      await visit(base, index + 1);
      for (const entry of await folderEntries(base)) {
        if (entry.isDirectory() && !entry.name.startsWith(".")) await visit(join2(base, entry.name), index);
      }
      return;
    }
    if (!WILDCARD.test(part)) {
      await visit(join2(base, part), index + 1);
      return;
    }
    const matcher = partMatcher(part, platform === "win32");
    for (const entry of await folderEntries(base)) {
      if (matcher.test(entry.name)) await visit(join2(base, entry.name), index + 1);
    }
  };
  await visit(start, 0);
  const unique = new Map(results.map((m) => [m.path, m]));
  return [...unique.values()].sort((a, b) => byPath(a.path, b.path));
}

function partMatcher(part: string, ignoreCase: boolean): RegExp {
  const body = Array.from(part, (c) => (c === "*" ? "[^/\\\\]*" : c === "?" ? "[^/\\\\]" : c.replace(/[.+^${}()|[\]\\]/g, "\\$&"))).join("");
  const hidden = part.startsWith(".") ? "" : "(?!\\.)";
  return new RegExp(`^${hidden}${body}$`, ignoreCase ? "iu" : "u");
}

async function folderEntries(dir: string): Promise<Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/**
 * Path order as an office reads its list: numbers by their value («центр_4» before «центр_10»),
 * the rest code unit by code unit, so every machine lists a folder alike, unlike localeCompare.
 */
export function byPath(a: string, b: string): number {
  const x = a.match(RUNS) ?? [];
  const y = b.match(RUNS) ?? [];
  for (let k = 0; k < Math.min(x.length, y.length); k++) {
    const order = byRun(x[k], y[k]);
    if (order !== 0) return order;
  }
  // «7» and «007» are one number: told apart only after everything else, code unit by code unit.
  return x.length - y.length || (a < b ? -1 : a > b ? 1 : 0);
}

const RUNS = /\d+|\D+/g;

function byRun(a: string, b: string): number {
  if (/^\d/.test(a) && /^\d/.test(b)) {
    const [p, q] = [a.replace(/^0+(?=\d)/, ""), b.replace(/^0+(?=\d)/, "")];
    if (p.length !== q.length) return p.length - q.length;
    return p < q ? -1 : p > q ? 1 : 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

async function statOrNull(path: string) {
  // A dangling symbolic link is still something named: the reader says what is wrong with it.
  return (await stat(path).catch(() => null)) ?? (await lstat(path).catch(() => null));
}

function folderProblem(err: unknown): ReadProblem {
  const code = errnoCode(err);
  if (code === "EACCES" || code === "EPERM") return { kind: "no-permission" };
  return { kind: "io", detail: code ?? "readdir" };
}
