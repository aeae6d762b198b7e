#!/usr/bin/env node
/**
 * Keeps the house as issue 7 left it; run by `npm test`:
 * - no import cycle in src/, type-only imports included (eslint's import-x/no-cycle skips those,
 *   and a type cycle still marks a missing module);
 * - no file in src/ over 400 lines;
 * - src/excel is the Office.js adapter only: the fake Excel lives in src/fake-excel.
 * Prints each breach on one line and exits 1 if there is any.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const SRC = path.join(ROOT, "src");
const MAX_LINES = 400;
const EXTENSIONS = [".ts", ".tsx", ".js"];

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return EXTENSIONS.includes(path.extname(entry.name)) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** Relative specifiers of every import and re-export, `import type` included. */
function importsOf(text) {
  const found = [];
  const pattern = /(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+["'](\.{1,2}\/[^"']+)["']|(?:^|\n)\s*import\s+["'](\.{1,2}\/[^"']+)["']/g;
  for (let m; (m = pattern.exec(text)); ) found.push(m[1] ?? m[2]);
  return found;
}

function resolve(from, specifier) {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => path.join(base, "index" + e))];
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile()) ?? null;
}

/** Strongly connected components with more than one file, or a file importing itself (Tarjan). */
function cycles(graph) {
  let index = 0;
  const indices = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (v) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), indices.get(w)));
    }
    if (low.get(v) === indices.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component);
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return found;
}

function main() {
  const breaches = [];
  const files = sourceFiles(SRC);
  const graph = new Map();
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    const lines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
    const rel = path.relative(ROOT, file);
    if (lines > MAX_LINES) breaches.push(`${rel}: ${lines} lines (at most ${MAX_LINES})`);
    graph.set(file, importsOf(text).map((s) => resolve(file, s)).filter(Boolean));
  }
  for (const component of cycles(graph)) {
    breaches.push(`import cycle: ${component.map((f) => path.relative(ROOT, f)).sort().join(" ↔ ")}`);
  }
  const excel = path.join(SRC, "excel");
  for (const file of files.filter((f) => f.startsWith(excel + path.sep))) {
    if (/fake/i.test(path.relative(excel, file))) breaches.push(`${path.relative(ROOT, file)}: the fake Excel belongs in src/fake-excel`);
  }
  for (const line of breaches) console.error(`check-house: ${line}`);
  if (breaches.length === 0) console.log(`check-house: ${files.length} files in src/, no import cycle, none over ${MAX_LINES} lines`);
  process.exitCode = breaches.length ? 1 : 0;
}

if (require.main === module) main();
module.exports = { importsOf, cycles };
