/**
 * The task pane and the command line decide nothing of their own: asked the same questions — a
 * template's default year and quarter, which years are accepted, a sheet's verdict and its counts
 * by severity — through their own code paths, they give the same answers.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { contentsFromBytes } from "./helpers/exceljs/load-workbook-file";
import type { Severity } from "../src/core/types";
import { renderPane } from "./taskpane/render";
import { FIXTURES } from "./excel/helpers";
import { parseJsonDocument, runCli } from "./cli/run-cli";

/** Everything but Date stays real, so React and the fake Excel run as usual. */
const ONLY_DATE = {
  doNotFake: [
    "hrtime", "nextTick", "performance", "queueMicrotask", "requestAnimationFrame", "cancelAnimationFrame",
    "requestIdleCallback", "cancelIdleCallback", "setImmediate", "clearImmediate", "setInterval", "clearInterval",
    "setTimeout", "clearTimeout",
  ],
};

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokaznyk-agree-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
beforeEach(() => localStorage.clear());
afterEach(() => jest.useRealTimers());

const settle = () => act(async () => {});

function openGallery(): HTMLElement {
  fireEvent.click(screen.getByRole("tab", { name: "Шаблони" }));
  return screen.getByRole("form", { name: "Шаблони" });
}

/** The pane: the quarterly report's name when inserted with the gallery's defaults. */
async function paneTemplateName(): Promise<string> {
  const { excel, unmount } = await renderPane("report-q1-2020-kramatorsk");
  await settle();
  const form = openGallery();
  fireEvent.click(within(form).getByRole("radio", { name: /Звіт про виконання плану/ }));
  fireEvent.change(within(form).getByLabelText(/Організація/), { target: { value: "Центру" } });
  await act(async () => fireEvent.click(within(form).getByRole("button", { name: "Вставити" })));
  await waitFor(() => expect(excel.book.sheets.length).toBe(2));
  const name = excel.book.activeSheet;
  unmount();
  return name;
}

/** The command line: the same template written with no --year or --quarter. */
async function cliTemplateName(file: string): Promise<string> {
  const run = await runCli(["template", "quarterly-report", "-o", file, "--org", "Центру"]);
  expect(run.code).toBe(0);
  return (await contentsFromBytes(fs.readFileSync(file))).grids[0].name;
}

describe("template details", () => {
  it.each(["2026-01-15T10:00:00Z", "2026-04-01T10:00:00Z", "2026-09-30T10:00:00Z", "2026-12-03T10:00:00Z"])(
    "on %s both default to the same year and quarter",
    async (now) => {
      jest.useFakeTimers({ now: new Date(now), ...ONLY_DATE } as Parameters<typeof jest.useFakeTimers>[0]);
      const cli = await cliTemplateName(path.join(dir, `t-${now.slice(0, 10)}.xlsx`));
      const pane = await paneTemplateName();
      expect(pane).toBe(cli);
    },
  );

  it.each([1989, 1999, 2000, 2026, 2100, 2101])("year %d is accepted by both or refused by both", async (year) => {
    const cli = await runCli(["template", "annual-plan", "-o", path.join(dir, `y-${year}.xlsx`), "--year", String(year)]);
    const { excel, unmount } = await renderPane("report-q1-2020-kramatorsk");
    await settle();
    const form = openGallery();
    fireEvent.click(within(form).getByRole("radio", { name: /Річний план/ }));
    fireEvent.change(within(form).getByLabelText(/Організація/), { target: { value: "Центру" } });
    fireEvent.change(within(form).getByLabelText(/^Рік/), { target: { value: String(year) } });
    await act(async () => fireEvent.click(within(form).getByRole("button", { name: "Вставити" })));
    await settle();
    const paneAccepted = excel.book.sheets.length === 2;
    unmount();
    expect({ year, accepted: paneAccepted }).toEqual({ year, accepted: cli.code === 0 });
  });
});

const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** What the pane shows after Check: the verdict banner and the count of each severity. */
async function paneVerdict(fixture: string, sheet: string) {
  const { unmount } = await renderPane(fixture, { sheet });
  fireEvent.click(screen.getByRole("button", { name: /^Перевірити/ }));
  await waitFor(() => expect(document.querySelector("[data-form]")).not.toBeNull(), { timeout: 4000 });
  const counts = Object.fromEntries(
    SEVERITIES.map((s) => [s, Number(document.querySelector(`[data-severity-count="${s}"]`)?.textContent?.match(/^\d+/)?.[0] ?? 0)]),
  );
  const banner = document.querySelector("[data-verdict]")?.getAttribute("data-verdict");
  unmount();
  return { verdict: banner ?? (counts.error > 0 ? "fix" : "none shown"), counts };
}

const fixtures = fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx")).map((f) => f.replace(/\.xlsx$/, ""));

describe.each(fixtures)("%s", (fixture) => {
  it("gets the same verdict and the same counts in the pane and on the command line", async () => {
    const file = path.join(FIXTURES, `${fixture}.xlsx`);
    const json = parseJsonDocument((await runCli(["check", file, "--json"])).stdout);
    const human = (await runCli(["check", file])).stdout;
    const sheets = json.files[0].sheets;
    for (const sheet of sheets) {
      const counts = Object.fromEntries(SEVERITIES.map((s) => [s, sheet.findings.filter((f) => f.severity === s).length]));
      const pane = await paneVerdict(fixture, sheet.sheet);
      expect(pane.counts).toEqual(counts);
      if (sheets.length === 1) {
        const cliVerdict = /✘/.test(human) ? "fix" : /✔/.test(human) ? "ready" : "nothing";
        expect(pane.verdict).toBe(cliVerdict);
      }
    }
  });
});
