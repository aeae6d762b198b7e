// Preloaded into each benchmarked process (node --require): at exit it writes the process's own
// CPU time and peak memory to the file named by POKAZNYK_USAGE_FILE, so the CLI and the bare
// libraries are measured the same way, by the same clock.
"use strict";
const fs = require("fs");

const target = process.env.POKAZNYK_USAGE_FILE;
/**
 * Peak resident memory of this process image. getrusage's maxRSS survives exec on Linux: a process
 * spawned from a big parent reports the parent's size at fork. VmHWM is reset by exec.
 */
function peakKiB() {
  try {
    const match = /^VmHWM:\s*(\d+)\s*kB/m.exec(fs.readFileSync("/proc/self/status", "utf8"));
    if (match) return Number(match[1]);
  } catch {
    // No /proc (macOS, Windows): getrusage's figure is all there is.
  }
  return process.resourceUsage().maxRSS;
}

if (target) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    fs.writeFileSync(target, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKiB: peakKiB() }));
  });
}
