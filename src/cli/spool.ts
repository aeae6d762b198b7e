/**
 * Text drawn now and written later, in the order it came: `check`'s details come after the table
 * of files, which needs the last file checked; --report's findings sheet comes after its summary.
 * Held in memory up to `inMemory` characters (a few files' worth, the usual run), then moved to a
 * temporary file of its own, so a run of thousands of files holds none of it. The file is private
 * (a folder of its own, mode 0600) and removed when read back, or at exit if the run ends early.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { createReadStream } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** Kept in memory up to this many characters: ~2 MB, a few hundred files' details. */
const IN_MEMORY = 1 << 20;

export class Spool {
  private text = "";
  private file: { folder: string; path: string; fd: number } | null = null;
  private readonly removeAtExit = () => this.remove();

  constructor(private readonly inMemory: number = IN_MEMORY) {}

  append(text: string): void {
    this.text += text;
    if (this.text.length < this.inMemory) return;
    if (this.file === null) this.file = this.open();
    writeSync(this.file.fd, this.text);
    this.text = "";
  }

  /** Everything appended, in pieces, in order; the temporary file is removed once read. */
  async *pieces(): AsyncGenerator<string> {
    if (this.file === null) {
      if (this.text !== "") yield this.text;
      this.text = "";
      return;
    }
    if (this.text !== "") writeSync(this.file.fd, this.text);
    this.text = "";
    closeSync(this.file.fd);
    try {
      // utf8 decoding keeps a character split between two chunks whole.
      for await (const piece of createReadStream(this.file.path, { encoding: "utf8", highWaterMark: 1 << 16 })) yield piece as string;
    } finally {
      this.remove();
    }
  }

  private open(): { folder: string; path: string; fd: number } {
    const folder = mkdtempSync(path.join(tmpdir(), "pokaznyk-"));
    const file = path.join(folder, "spool.txt");
    process.once("exit", this.removeAtExit);
    return { folder, path: file, fd: openSync(file, "wx", 0o600) };
  }

  private remove(): void {
    if (this.file === null) return;
    rmSync(this.file.folder, { recursive: true, force: true });
    process.removeListener("exit", this.removeAtExit);
  }
}
