// Preloaded into each benchmarked process (node --require): at exit it writes the process's own
// CPU time and peak memory to the file named by POKAZNYK_USAGE_FILE, so the CLI and the bare
// libraries are measured the same way, by the same clock.
"use strict";
const fs = require("fs");

const target = process.env.POKAZNYK_USAGE_FILE;
if (target) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    fs.writeFileSync(target, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKiB: usage.maxRSS }));
  });
}
