/** Where the CLI writes. Tests pass string collectors; the real run passes the process streams. */
export interface OutputStream {
  write(text: string): unknown;
  /** Set by Node on terminal streams; colour is used only then. */
  isTTY?: boolean;
}

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
}

export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr };
