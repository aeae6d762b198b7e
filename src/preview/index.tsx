import { createRoot } from "react-dom/client";
import { FakeExcel, type WorkbookJson } from "../fake-excel";
import { expose, Preview } from "./Preview";

export const DEFAULT_FIXTURE = "report-q1-2020-kramatorsk";

async function start(): Promise<void> {
  const root = createRoot(document.getElementById("root")!);
  const params = new URLSearchParams(window.location.search);
  const fixture = params.get("fixture") || DEFAULT_FIXTURE;
  try {
    const fixtures: string[] = await fetch("fixtures/index.json").then((r) => r.json());
    if (!fixtures.includes(fixture)) throw new Error(`No fixture "${fixture}". Known: ${fixtures.join(", ")}`);
    const json: WorkbookJson = await fetch(`fixtures/${encodeURIComponent(fixture)}.json`).then((r) => r.json());
    const excel = FakeExcel.fromJson(json);
    expose(excel);
    document.title = `Pokaznyk preview · ${fixture}`;
    root.render(<Preview initial={{ excel, fixture, source: fixture, hidden: [] }} fixtures={fixtures} />);
  } catch (error) {
    root.render(<p style={{ padding: 24, fontFamily: "sans-serif" }}>Preview failed: {String((error as Error).message ?? error)}</p>);
  }
}

void start();
