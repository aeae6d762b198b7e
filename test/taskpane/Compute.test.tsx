import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { renderPane } from "./render";

const PLAN = "plan-2022-public";
const PLAN_SHEET = "План 2022";
const KRAMATORSK = "report-q1-2020-kramatorsk";

beforeEach(() => localStorage.clear());

async function compute(name: RegExp = /^Обчислити$/) {
  await act(async () => fireEvent.click(screen.getByRole("button", { name })));
  await waitFor(() => expect(document.querySelector("[aria-busy]")).toBeNull(), { timeout: 4000 });
}

const offers = () => [...document.querySelectorAll("[data-offer]")].map((o) => o.getAttribute("data-offer"));
const mismatches = () => [...document.querySelectorAll('[data-group="total-mismatch"] [data-cell]')].map((b) => b.getAttribute("data-cell"));

describe("Compute on an annual plan", () => {
  it("writes the missing total, then asks before replacing typed totals, one or all", async () => {
    const { excel } = await renderPane(PLAN);
    const sheet = excel.book.sheet(PLAN_SHEET)!;
    await compute();
    expect(await screen.findByText("Формули записано в 1 клітинку.")).toBeTruthy();
    expect(sheet.cell(21, 11)?.formula).toMatch(/^=SUM\(/);
    // Typed totals are offered, never overwritten silently.
    expect(screen.getByText("Замінити 2 значення формулою суми?")).toBeTruthy();
    expect(offers()).toEqual(["K16", "K40"]);
    expect(within(document.querySelector('[data-offer="K16"]') as HTMLElement).getByText(/введено 12, сума кварталів 16/)).toBeTruthy();
    expect(sheet.cell(16, 11)?.value).toBe(12);
    expect(mismatches()).toEqual(["K16", "K40"]);

    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Замінити K16" })));
    await screen.findByText("Замінено 1 значення формулою суми.");
    expect(sheet.cell(16, 11)).toMatchObject({ formula: "=SUM(G16:J16)", value: 16 });
    expect(offers()).toEqual(["K40"]);
    expect(mismatches()).toEqual(["K40"]);

    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Замінити всі" })));
    await screen.findByText("Замінено 1 значення формулою суми.");
    await waitFor(() => expect(offers()).toEqual([]));
    expect(document.querySelector('[data-group="total-mismatch"]')).toBeNull();
    expect(sheet.cell(40, 11)?.formula).toBe("=SUM(G40:J40)");
  });

  it("leaves typed totals alone when told so, and shows the plan's summary", async () => {
    const { excel } = await renderPane(PLAN);
    await compute();
    await screen.findByText("Замінити 2 значення формулою суми?");
    fireEvent.click(screen.getByRole("button", { name: "Залишити як є" }));
    expect(screen.queryByText("Замінити 2 значення формулою суми?")).toBeNull();
    expect(excel.book.sheet(PLAN_SHEET)!.cell(40, 11)?.value).toBe(20);
    const summary = document.querySelector("[data-summary]") as HTMLElement;
    expect(within(summary).getByText("35 заходів")).toBeTruthy();
    expect(within(summary).getByText(/З числовими показниками:/)).toBeTruthy();
    expect(summary.querySelector('[data-status-count="qualitative"]')?.textContent).toBe("якісні: 2");
    expect(summary.querySelector('[data-chart="execution"]')).not.toBeNull();
  });

  it("writes nothing when a typed total changed after Compute read it", async () => {
    const { excel } = await renderPane(PLAN);
    await compute();
    await screen.findByText("Замінити 2 значення формулою суми?");
    excel.book.sheet(PLAN_SHEET)!.setValue(40, 11, 21);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Замінити всі" })));
    expect((await screen.findByRole("alert")).textContent).toMatch(/Клітинку K40 змінено після перевірки, тож нічого не записано/);
    expect(excel.book.sheet(PLAN_SHEET)!.cell(16, 11)?.value).toBe(12);
  });
});

describe("Compute on a report", () => {
  it("asks before adding the % column, then fills it and shows the execution summary", async () => {
    const { excel } = await renderPane(KRAMATORSK);
    const sheet = excel.book.active();
    await compute();
    expect(screen.getByText("Додати стовпець «% виконання» після «Факт»?")).toBeTruthy();
    expect(sheet.cell(3, 8)?.value).toMatch(/^Примітка/); // H3:H4, merged
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Додати стовпець" })));
    await screen.findByText("Формули записано в 41 клітинку.");
    expect(sheet.cell(4, 8)?.value).toBe("% виконання");
    expect(sheet.cell(3, 9)?.value).toMatch(/^Примітка/);
    expect(sheet.mergeAt(4, 9)).toEqual({ top: 3, left: 9, bottom: 4, right: 9 });
    expect(screen.queryByText("Додати стовпець «% виконання» після «Факт»?")).toBeNull();

    const summary = document.querySelector("[data-summary]") as HTMLElement;
    expect(summary.querySelector("[data-execution]")?.textContent).toBe("Виконання: 91,8 % (середнє числових заходів, кожен до 100 %)");
    expect(summary.querySelector('[data-status-count="full"]')?.textContent).toBe("виконано: 28");
    expect(summary.querySelector('[data-status-count="partial"]')?.textContent).toBe("частково: 4");
    expect(summary.querySelectorAll('[data-rollup="sections"] li').length).toBeGreaterThan(0);
    // Executor cells list several executors: each counts its measures, and those with one fold into «інші», last.
    const executors = summary.querySelectorAll('[data-rollup="executors"] li');
    expect(executors).toHaveLength(19);
    expect(executors[executors.length - 1].textContent).toMatch(/^інші: 5 заходів/);
    // The chart: one bar per row (the sheet and each top-level section), segments by status.
    expect(summary.querySelectorAll('[data-chart="execution"] rect[data-status="full"]').length).toBeGreaterThan(1);

    // Compute again: the column is there now, nothing to ask.
    await compute();
    expect(screen.queryByText("Додати стовпець «% виконання» після «Факт»?")).toBeNull();
    expect(sheet.cell(4, 10)?.value ?? null).toBeNull();
  });

  it("adds nothing when the user declines", async () => {
    const { excel } = await renderPane(KRAMATORSK);
    await compute();
    fireEvent.click(screen.getByRole("button", { name: "Не додавати" }));
    expect(excel.book.active().cell(3, 8)?.value).toMatch(/^Примітка/);
    expect(document.querySelector("[data-summary] [data-execution]")?.textContent).toBe("Виконання: 91,8 % (середнє числових заходів, кожен до 100 %)");
  });

  it("says when there is nothing to compute", async () => {
    await renderPane(PLAN, { sheet: "Примітки" });
    await compute();
    expect(screen.getByText("Аркуш не є формою плану чи звіту, тож нема чого обчислювати.")).toBeTruthy();
  });

  it("speaks English too", async () => {
    await renderPane(PLAN, { lang: "en" });
    await compute(/^Compute$/);
    expect(await screen.findByText("Formulas written to 1 cell.")).toBeTruthy();
    expect(screen.getByText("Replace 2 values with a sum formula?")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Replace K16" })).toBeTruthy();
  });
});
