/** The package version, found by walking up from this file: src/cli under ts-jest, dist/src/cli when built. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

export function packageVersion(start: string = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, "package.json");
    if (existsSync(candidate)) {
      const pkg: unknown = JSON.parse(readFileSync(candidate, "utf8"));
      if (isOurPackage(pkg)) return pkg.version;
    }
    if (dirname(dir) === dir) return "unknown";
  }
}

function isOurPackage(pkg: unknown): pkg is { name: string; version: string } {
  return typeof pkg === "object" && pkg !== null && "name" in pkg && pkg.name === "pokaznyk" && "version" in pkg && typeof pkg.version === "string";
}
