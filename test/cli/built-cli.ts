/**
 * The real bin/pokaznyk.js and the bundled dist/cli/pokaznyk.js, for tests that run the CLI as an
 * office does. The bundle is (re)built when missing or older than the sources, so a test never
 * checks stale code.
 */
import path from "node:path";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";

const ROOT = path.resolve(__dirname, "../..");
export const BIN = path.join(ROOT, "bin/pokaznyk.js");
export const BUNDLE = path.join(ROOT, "dist/cli/pokaznyk.js");

function newestSource(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestSource(full) : entry.name.endsWith(".ts") ? statSync(full).mtimeMs : 0;
    return Math.max(newest, time);
  }, 0);
}

export function ensureBuilt(): void {
  const folders = ["src/cli", "src/core", "src/xlsx"].map((f) => path.join(ROOT, f)).filter(existsSync);
  const sources = Math.max(...folders.map(newestSource));
  if (existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= sources) return;
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--config", "webpack.cli.config.js"], { cwd: ROOT, stdio: "pipe" });
}
