/**
 * Issue 12 in the pane, on the fake Excel: «Створити звіт за квартал» on an annual plan makes a
 * report sheet that is reconciled with the plan at once; a plan value changed on it shows the
 * approved one, and «Взяти з плану» (after a yes) writes it back.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { sheetSnapshot } from "../../src/fake-excel";
import { DETAILS_KEY } from "../../src/taskpane/state/details-storage";
import { resetReasonsCache } from "../../src/taskpane/state/reasons-storage";
import { renderPane } from "./render";

const PLAN = "plan-2023-zhytomyr";

beforeEach(() => {
  localStorage.clear();
  // The signature line takes the remembered responsible person; without one the template's placeholder stays (an error).
  localStorage.setItem(DETAILS_KEY, JSON.stringify({ organisation: "", year: 2023, quarter: 2, responsible: "Директор Мілчан А.В." }));
  resetReasonsCache();
});

async function checkBook() {
  fireEvent.click(within(screen.getByRole("toolbar")).getByRole("button", { name: /^(Перевірити книгу|Перевірити знову)$/ }));
  await waitFor(() => expect(document.querySelector("[data-verdict]")).not.toBeNull());
  await waitFor(() => expect(document.querySelector("main[aria-busy]")).toBeNull());
}

const rules = () => [...document.querySelectorAll("[data-group]:not([data-accepted-group])")].map((g) => g.getAttribute("data-group"));

async function createReport(quarter: string, cumulative = false) {
  fireEvent.click(await screen.findByRole("button", { name: "Створити звіт за квартал" }));
  const form = document.querySelector("[data-report-from-plan-form]") as HTMLFormElement;
  fireEvent.change(within(form).getByRole("combobox"), { target: { value: quarter } });
  if (cumulative) fireEvent.click(within(form).getByRole("checkbox"));
  await act(async () => fireEvent.submit(form));
  await waitFor(() => expect(document.querySelector("main[aria-busy]")).toBeNull());
}

describe("a report made from the plan on the sheet", () => {
  it("is a new quarterly report, linked to the plan, whose only errors are the facts to fill in", async () => {
    const { excel } = await renderPane(PLAN);
    const planSheet = excel.book.activeSheet;
    await checkBook();
    await createReport("2");
    const made = excel.book.activeSheet;
    expect(made).not.toBe(planSheet);
    await screen.findByText(`Аркуш «${made}»`);
    expect(screen.getByText(/^Створено аркуш «Звіт II кв 2023»: \d+ заход(ів|и) із плану\./)).toBeTruthy();
    expect(document.body.textContent).toMatch(/Форма: Звіт про виконання плану діяльності/);
    expect(rules().filter((r) => document.querySelector(`[data-group="${r}"]`)?.getAttribute("data-severity") === "error")).toEqual(["fact-missing"]);
    expect(rules()).not.toContain("plan-differs-from-approved");
    const source = excel.book.names.find((n) => n.name.startsWith("PokaznykPlan."));
    expect(source).toMatchObject({ formula: expect.stringContaining(`'${planSheet}'!$A$`) });
    expect(source?.sheet).toBeUndefined();
  });

  it("says in one line when the plan sets nothing for the quarter, and makes no sheet", async () => {
    const { excel } = await renderPane(PLAN);
    const sheet = excel.book.active();
    await checkBook();
    const before = excel.book.sheets.length;
    // Every quarter-I cell under the header (G9 «I») emptied: nothing planned for it.
    expect(sheet.cell(9, 7)?.value).toBe("I");
    for (let row = 10; row <= 400; row++) if (sheet.cell(row, 7)) sheet.setValue(row, 7, null);
    await createReport("1");
    await screen.findByText("У плані на I квартал нічого не заплановано — звіт не створено.");
    expect(excel.book.sheets).toHaveLength(before);
  });
});

describe("«Взяти з плану»", () => {
  it("shows the approved value beside a changed plan and writes it back after a yes", async () => {
    const { excel } = await renderPane(PLAN);
    await checkBook();
    await createReport("2");
    const made = excel.book.activeSheet;
    const sheet = excel.book.sheet(made)!;
    // The first measure's plan (F8: the fact beside it, G8, is the first to fill in), changed as a user would type it.
    const planCol = 6;
    const row = 8;
    const approved = sheet.cell(row, planCol)!.value as number;
    act(() => excel.type(made, `F${row}`, String(approved + 7)));
    await checkBook();
    const differs = document.querySelector('[data-group="plan-differs-from-approved"]') as HTMLElement;
    expect(differs.getAttribute("data-severity")).toBe("warning");
    const item = differs.querySelector(`[data-cell="F${row}"]`) as HTMLElement;
    expect(item.textContent).toContain(`у затвердженому плані`);
    expect(item.textContent).toContain(`— ${approved}`);
    const before = sheetSnapshot(sheet);
    fireEvent.click(within(item).getByRole("button", { name: "Взяти з плану" }));
    const question = await waitFor(() => document.querySelector("[data-fix-question]") as HTMLElement);
    expect(question.textContent).toMatch(/Взяти з плану: буде змінено 1 клітинку, більше нічого/);
    expect(sheetSnapshot(sheet)).toEqual(before);
    await act(async () => fireEvent.click(within(question).getByRole("button", { name: "Змінити" })));
    await screen.findByText("Змінено 1 клітинку.");
    expect(sheet.cell(row, planCol)?.value).toBe(approved);
    expect(document.querySelector('[data-group="plan-differs-from-approved"]')).toBeNull();
    expect(document.querySelector("[data-fix-changes]")?.textContent).toContain(`F${row}${approved + 7} → ${approved}`);
  });
});

describe("«Взяти з плану всі»", () => {
  it("takes every changed plan of a repeated group back after one yes, and nothing else", async () => {
    const { excel } = await renderPane(PLAN);
    await checkBook();
    await createReport("2");
    const made = excel.book.activeSheet;
    const sheet = excel.book.sheet(made)!;
    const approved = [8, 9, 10].map((row) => sheet.cell(row, 6)!.value as number);
    act(() => {
      for (const row of [8, 9, 10]) excel.type(made, `F${row}`, "50");
    });
    await checkBook();
    const differs = document.querySelector('[data-group="plan-differs-from-approved"]') as HTMLElement;
    expect(differs.querySelector("[data-group-summary]")?.textContent).toMatch(/F8:F10/);
    const before = sheetSnapshot(sheet);
    fireEvent.click(within(differs).getByRole("button", { name: "Взяти з плану всі (3)" }));
    const question = await waitFor(() => document.querySelector("[data-fix-question]") as HTMLElement);
    expect(question.textContent).toMatch(/Взяти з плану: буде змінено 3 клітинки, більше нічого/);
    await act(async () => fireEvent.click(within(question).getByRole("button", { name: "Змінити" })));
    await screen.findByText("Змінено 3 клітинки.");
    const after = sheetSnapshot(sheet);
    for (const [cell, look] of Object.entries(before)) {
      const k = ["F8", "F9", "F10"].indexOf(cell);
      if (k >= 0) expect(after[cell].value).toBe(approved[k]);
      else expect(after[cell]).toEqual(look);
    }
    expect(document.querySelector('[data-group="plan-differs-from-approved"]')).toBeNull();
  });
});

describe("«Створити річний звіт»", () => {
  async function backToPlan(excel: { book: { activeSheet: string } }, plan: string) {
    excel.book.activeSheet = plan;
    await checkBook();
  }

  async function createAnnual() {
    fireEvent.click(await screen.findByRole("button", { name: "Створити річний звіт" }));
    await waitFor(() => expect(document.querySelector("main[aria-busy]")).toBeNull());
  }

  it("adds up the year's quarter sheets in a new sheet whose plan and fact follow them live", async () => {
    const { excel } = await renderPane(PLAN);
    const plan = excel.book.activeSheet;
    await checkBook();
    await createReport("1");
    const first = excel.book.activeSheet;
    act(() => excel.type(first, "G8", "1"));
    await backToPlan(excel, plan);
    await createReport("2");
    const second = excel.book.activeSheet;
    act(() => excel.type(second, "G8", "2"));
    await createAnnual();
    const annual = excel.book.activeSheet;
    expect(annual).toBe("Річний звіт 2023");
    expect(screen.getByText(/^Створено аркуш «Річний звіт 2023»: \d+ заход(ів|и|у) зі звітів «Звіт I кв 2023», «Звіт II кв 2023»\./)).toBeTruthy();
    expect(document.body.textContent).toMatch(/Форма: Звіт про виконання плану діяльності/);
    // The title names the body the quarters name: no placeholder left to fill in.
    expect(rules()).not.toContain("placeholder-left");
    const sheet = excel.book.sheet(annual)!;
    // The first measure's row: its quarter-I fact (column J) reads the first report's G8.
    const row = [...Array(40).keys()].map((k) => k + 1).find((r) => String(sheet.cell(r, 10)?.formula ?? "").includes(`'${first}'!G8`));
    expect(row).toBeDefined();
    const at = (col: number) => excel.book.sheet(annual)!.cell(row!, col)?.value;
    const num = (v: unknown) => (typeof v === "number" ? v : 0);
    // Quarter I's plan (I) is the first report's F8; the year's plan and fact (E, F) add up the quarters (I+K, J+L).
    expect(at(9)).toBe(excel.book.sheet(first)!.cell(8, 6)!.value);
    expect(at(10)).toBe(1);
    expect(at(5)).toBe(num(at(9)) + num(at(11)));
    expect(at(6)).toBe(1 + num(at(12)));
    const before = at(6) as number;
    // A fact typed later in a quarter shows up in the year.
    act(() => excel.type(first, "G8", "5"));
    expect(at(10)).toBe(5);
    expect(at(6)).toBe(before + 4);
    // The quarters themselves are untouched.
    expect(excel.book.sheet(first)!.cell(8, 7)?.value).toBe(5);
  }, 60_000);

  it("refuses in one line when a quarter is a running total, and makes no sheet", async () => {
    const { excel } = await renderPane(PLAN);
    const plan = excel.book.activeSheet;
    await checkBook();
    await createReport("1");
    await backToPlan(excel, plan);
    await createReport("2", true);
    const running = excel.book.activeSheet;
    const before = excel.book.sheets.length;
    await createAnnual();
    await screen.findByText(`Аркуш «${running}» — звіт наростаючим підсумком: він уже містить рік до свого кварталу, тож додати його до інших не можна — річний звіт не створено.`);
    expect(excel.book.sheets).toHaveLength(before);
    expect(excel.book.activeSheet).toBe(running);
  }, 60_000);
});

describe("the plan a report is reconciled with", () => {
  it("names the plan found, and takes another plan sheet or none when the official picks it", async () => {
    const { excel } = await renderPane(PLAN);
    const plan = excel.book.activeSheet;
    await checkBook();
    await createReport("2");
    const made = excel.book.activeSheet;
    const approved = excel.book.sheet(made)!.cell(8, 6)!.value as number;
    act(() => excel.type(made, "F8", String(approved + 3)));
    // A second plan sheet: a copy where the official already raised the target.
    const copy = excel.copySheet(plan).name;
    await checkBook();
    const choice = () => document.querySelector("[data-plan-choice]") as HTMLSelectElement;
    expect(choice().selectedOptions[0].textContent).toBe(`План цього року — «${plan}»`);
    const item = document.querySelector('[data-group="plan-differs-from-approved"] [data-cell="F8"]') as HTMLElement;
    const [, source, cell] = /плані \(«(.+?)», ([A-Z]+\d+)\)/.exec(item.textContent ?? "") ?? [];
    expect(source).toBe(plan);
    act(() => excel.type(copy, cell, String(approved + 3)));
    const differs = () => [...document.querySelectorAll('[data-group="plan-differs-from-approved"] [data-cell]')].map((e) => e.getAttribute("data-cell"));

    await act(async () => fireEvent.change(choice(), { target: { value: copy } }));
    await waitFor(() => expect(document.querySelector("main[aria-busy]")).toBeNull());
    expect(differs()).not.toContain("F8");
    expect(rules()).toContain("fact-missing");

    await act(async () => fireEvent.change(choice(), { target: { value: "\u0000none" } }));
    await waitFor(() => expect(document.querySelector("main[aria-busy]")).toBeNull());
    expect(rules().filter((r) => /approved|plan$|reported/.test(r ?? ""))).toEqual([]);

    await act(async () => fireEvent.change(choice(), { target: { value: "" } }));
    await waitFor(() => expect(differs()).toContain("F8"));
  }, 60_000);
});
