#!/usr/bin/env node
"use strict";
// V8's optimising compiler inlines callees into a hot function, on a background thread but on the
// CPU all the same. A check's hot functions (reading a row, checking a row) run a few thousand times
// per sheet, and inlining cost more than it gave back: a 10,000-row `check --json` took ~640 ms of
// CPU with it, ~580 without; 100,000 rows and 1,000 small files the same either way (issue 8's
// bench). Only the V8 versions of Node 20-24, which have this flag: others are left as they are.
// (memory.ts sets --expose-gc the same way.)
const v8Major = Number(process.versions.v8.split(".")[0]);
if (v8Major >= 11 && v8Major <= 13) require("node:v8").setFlagsFromString("--no-turbo-inlining");
// The CLI is one bundled file, dist/cli/pokaznyk.js, built by `npm ci` (prepare) and `npm pack`
// (prepack runs prepare), so an installed pokaznyk needs nothing else.
require("../dist/cli/pokaznyk.js").main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
