/** Runs the CLI in-process and captures what it writes, as a user's terminal would see it. */
import { main } from "../../src/cli/main";
import type { JsonDocument } from "../../src/cli/json-output";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], options: { tty?: boolean } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: (t: string) => (stdout += t), isTTY: options.tty ?? false },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { code, stdout, stderr };
}

/** The one JSON document --json must print; throws (failing the test) if stdout is anything else. */
export function parseJsonDocument(stdout: string): JsonDocument {
  return JSON.parse(stdout) as JsonDocument;
}

/** Lines of stderr, ignoring the final newline. */
export function stderrLines(stderr: string): string[] {
  return stderr.split("\n").filter((line) => line !== "");
}
