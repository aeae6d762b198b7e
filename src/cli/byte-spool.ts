/**
 * Bytes made now and written later, in the order they came: the workbook `consolidate` writes as
 * it reads the centres' files is only renamed into place at the end (safe-output), so its
 * compressed parts wait somewhere meanwhile. Held in memory up to `inMemory` bytes (a few dozen
 * centres), then in a temporary file of its own, so a thousand centres' copies (12 MB, and twice
 * that in the compressor's half-filled buffers) never sit in memory. The file is private (a
 * folder of its own, mode 0600) and removed when read back, or at exit if the run ends early.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/** Kept in memory up to this many bytes. */
const IN_MEMORY = 1 << 20;

export class ByteSpool {
  private held: Uint8Array[] = [];
  private heldBytes = 0;
  private file: { folder: string; path: string; fd: number } | null = null;
  private readonly removeAtExit = () => this.remove();

  constructor(private readonly inMemory: number = IN_MEMORY) {}

  append(bytes: Uint8Array): void {
    if (this.file !== null) {
      writeAll(this.file.fd, bytes);
      return;
    }
    // A copy: a compressor's chunk is often a view of a bigger buffer, which it would keep alive.
    this.held.push(Uint8Array.prototype.slice.call(bytes));
    this.heldBytes += bytes.length;
    if (this.heldBytes < this.inMemory) return;
    this.file = this.open();
    for (const piece of this.held) writeAll(this.file.fd, piece);
    this.held = [];
  }

  /**
   * Everything appended, in pieces, in order; the temporary file is removed once read. A piece is
   * good until the next one is asked for: the file is read into one buffer over and over, since a
   * fresh buffer a piece left tens of megabytes for the collector at the very end of a big run.
   */
  async *pieces(): AsyncGenerator<Uint8Array> {
    if (this.file === null) {
      yield* this.held;
      this.held = [];
      return;
    }
    closeSync(this.file.fd);
    const handle = await open(this.file.path, "r");
    try {
      const buffer = new Uint8Array(1 << 16);
      for (let read = await handle.read(buffer, 0, buffer.length, null); read.bytesRead > 0; read = await handle.read(buffer, 0, buffer.length, null)) yield buffer.subarray(0, read.bytesRead);
    } finally {
      await handle.close();
      this.remove();
    }
  }

  /** Lets go of everything without reading it: the run was refused. */
  discard(): void {
    this.held = [];
    if (this.file === null) return;
    closeSync(this.file.fd);
    this.remove();
  }

  private open(): { folder: string; path: string; fd: number } {
    const folder = mkdtempSync(path.join(tmpdir(), "pokaznyk-"));
    const file = path.join(folder, "spool.bin");
    process.once("exit", this.removeAtExit);
    return { folder, path: file, fd: openSync(file, "wx", 0o600) };
  }

  private remove(): void {
    if (this.file === null) return;
    rmSync(this.file.folder, { recursive: true, force: true });
    this.file = null;
    process.removeListener("exit", this.removeAtExit);
  }
}

/** writeSync may write fewer bytes than asked (a full pipe, a signal): the rest follows. */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}
