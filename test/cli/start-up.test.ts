/**
 * Start-up cost: a run loads only the modules it needs. The bundle is built here as
 * webpack.cli.config.js builds it, but with module paths as ids and no module concatenation (so
 * each module, zod's too, keeps an id of its own), and made to tell which modules a run executed; then `--version`, `check` of unreadable files and `check` of a workbook must not load
 * what they do not use: zod never, exceljs never (src/xlsx's reader reads the workbook), the
 * writing commands' modules never.
 */
import path from "node:path";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import webpack from "webpack";
import { makeTempDir } from "../helpers/xlsx";

const ROOT = path.resolve(__dirname, "../..");
const FIXTURE = path.resolve(ROOT, "../shared/fixtures/report-q1-2020-kramatorsk.xlsx");
const temp = makeTempDir("pokaznyk-start-");
afterAll(temp.cleanup);
let bundle: string;

/** Where the webpack runtime keeps the modules it ran; exposed so the run can list them. */
const CACHE = "const __webpack_module_cache__ = {};";

beforeAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(ROOT, "webpack.cli.config.js")) as webpack.Configuration;
  const named: webpack.Configuration = {
    ...config,
    output: { ...config.output, path: path.join(temp.dir, "dist") },
    optimization: { ...config.optimization, moduleIds: "named", concatenateModules: false },
  };
  await new Promise<void>((resolve, reject) =>
    webpack(named, (err, stats) => (err || stats?.hasErrors() ? reject(err ?? new Error(stats?.toString("errors-only"))) : resolve())),
  );
  const built = path.join(temp.dir, "dist", "pokaznyk.js");
  const source = readFileSync(built, "utf8");
  expect(source.split(CACHE)).toHaveLength(2);
  // Beside the built chunk files, which the runtime requires relative to itself.
  bundle = path.join(temp.dir, "dist", "instrumented.js");
  writeFileSync(bundle, source.replace(CACHE, "const __webpack_module_cache__ = (globalThis.__pokaznykModules = {});"));
}, 180_000);

/** Runs the bundle's main with these words; returns the ids of the modules it executed. */
function modulesLoadedBy(...args: string[]): string[] {
  const list = path.join(temp.dir, "modules.json");
  const script = `const [bundle, list, ...args] = process.argv.slice(1);
    require(bundle).main(args).then(() => require("fs").writeFileSync(list, JSON.stringify(Object.keys(globalThis.__pokaznykModules))));`;
  const run = spawnSync(process.execPath, ["-e", script, bundle, list, ...args], { encoding: "utf8" });
  expect(run.error).toBeUndefined();
  return JSON.parse(readFileSync(list, "utf8")) as string[];
}

const matching = (ids: string[], pattern: RegExp) => ids.filter((id) => pattern.test(id));
const EXCELJS = /node_modules\/exceljs\//;
const ZOD = /node_modules\/zod\/|src\/core\/schema\/schema\.ts/;
const WRITING = /src\/cli\/(compute-command|template-command|package\/\w+|xlsx\/write-template)\.ts/;

it("--version loads no command, no exceljs and no zod", () => {
  const ids = modulesLoadedBy("--version");
  expect(matching(ids, /src\/cli\/\w+-command\.ts/)).toEqual([]);
  expect(matching(ids, EXCELJS)).toEqual([]);
  expect(matching(ids, ZOD)).toEqual([]);
});

it("check of files that are no workbook loads neither exceljs nor zod", () => {
  const text = path.join(temp.dir, "нотатки.xlsx");
  writeFileSync(text, "не книга");
  const ids = modulesLoadedBy("check", path.join(temp.dir, "немає.xlsx"), text);
  expect(matching(ids, /src\/cli\/check-command\.ts/)).not.toEqual([]);
  expect(matching(ids, EXCELJS)).toEqual([]);
  expect(matching(ids, ZOD)).toEqual([]);
});

it("check of a workbook loads no exceljs, no zod and none of the writing commands' modules", () => {
  const ids = modulesLoadedBy("check", FIXTURE, "--json");
  expect(matching(ids, /src\/xlsx\/index\.ts/)).not.toEqual([]);
  expect(matching(ids, EXCELJS)).toEqual([]);
  expect(matching(ids, ZOD)).toEqual([]);
  expect(matching(ids, WRITING)).toEqual([]);
});
