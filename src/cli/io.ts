/** Where the CLI writes. Tests pass string collectors; the real run passes the process streams. */
export interface OutputStream {
  write(text: string): unknown;
  /** Set by Node on terminal streams; colour is used only then. */
  isTTY?: boolean;
}

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  /**
   * The system's code (ENOSPC) when part of stdout could not be written, asked once the command is
   * done; a reader that stopped reading (`| head -3`) is no failure, the rest was not wanted.
   */
  outputLost?: () => string | undefined;
}

/** The process's own streams, wrapped when the CLI starts (not on import: tests pass their own). */
export function processIo(): CliIo {
  const stdout = leavable(process.stdout);
  const stderr = leavable(process.stderr);
  return { stdout, stderr, outputLost: () => stdout.lost };
}

/**
 * A process stream whose reader may go away. Node reports a closed pipe (EPIPE) or a full disk as
 * an 'error' event, and one nobody listens to ends the run with a stack trace; here it ends the
 * writing instead: the files are still checked (a --report or --mark-dir still wanted) and the
 * exit status is still the check's.
 */
function leavable(stream: NodeJS.WriteStream): OutputStream & { lost?: string } {
  let closed = false;
  const wrapped: OutputStream & { lost?: string } = {
    isTTY: stream.isTTY,
    write: (text: string) => (closed ? false : stream.write(text)),
  };
  stream.on("error", (err: NodeJS.ErrnoException) => {
    closed = true;
    if (err.code !== "EPIPE") wrapped.lost ??= err.code ?? err.message;
  });
  return wrapped;
}
