#!/usr/bin/env node
"use strict";
// The CLI is one bundled file, dist/cli/pokaznyk.js, built by `npm ci` (prepare) and `npm pack`
// (prepack runs prepare), so an installed pokaznyk needs nothing else.
require("../dist/cli/pokaznyk.js").main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
