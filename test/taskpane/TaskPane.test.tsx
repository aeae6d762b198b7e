import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { FakeSheet, sheetSnapshot } from "../../src/fake-excel";
import { MARK_STYLE } from "../../src/excel";
import { LANG_KEY } from "../../src/taskpane/locale/LocaleContext";
import { renderPane } from "./render";

const Q3 = "report-q3-2021-public";
const Q3_SHEET = "Звіт III кв 2021";

async function check() {
  fireEvent.click(screen.getByRole("button", { name: /^(Перевірити|Check)/ }));
  await waitFor(() => expect(document.querySelector("[data-form]")).not.toBeNull(), { timeout: 4000 });
}

function group(rule: string): HTMLElement {
  return document.querySelector(`[data-group="${rule}"]`) as HTMLElement;
}

beforeEach(() => localStorage.clear());

describe("task pane: checking", () => {
  it("starts in Ukrainian and checks the active sheet", async () => {
    await renderPane("report-q1-2020-kramatorsk");
    expect(screen.getByText(/Відкрийте аркуш з планом або звітом/)).toBeTruthy();
    await check();
    expect(screen.getByText("Форма: Звіт про виконання плану діяльності")).toBeTruthy();
    expect(screen.getByText("Аркуш «Звіт I кв 2020»")).toBeTruthy();
    // Kramatorsk explains every shortfall: only warnings and tips remain.
    expect(document.querySelector('[data-severity-count="error"]')).toBeNull();
    expect(document.querySelector('[data-severity-count="warning"]')?.textContent).toBe("2 попередження");
    expect(document.querySelector('[data-severity-count="info"]')?.textContent).toBe("4 поради");
    expect(document.querySelector('[data-verdict="ready"]')?.textContent).toBe("Помилок немає — можна надсилатиПерегляньте попередження й поради: вони не заважають надсиланню.");
    // Four tips of one rule are one line with the cells as ranges, their items behind «Показати всі».
    expect(within(group("fact-far-above-plan")).queryAllByRole("listitem")).toHaveLength(0);
    expect(group("fact-far-above-plan").querySelector("[data-group-summary]")?.textContent).toMatch(/^4 клітинки у стовпці «Факт»: G\d+/);
    fireEvent.click(within(group("fact-far-above-plan")).getByRole("button", { name: "Показати всі (4)" }));
    expect(within(group("fact-far-above-plan")).getAllByRole("listitem")).toHaveLength(4);
    expect(screen.getByRole("button", { name: /Перевірити знову/ })).toBeTruthy();
  });

  it("groups findings by rule, errors first, each with its cell and message", async () => {
    await renderPane(Q3);
    await check();
    const groups = [...document.querySelectorAll("[data-group]")].map((g) => g.getAttribute("data-group"));
    expect(groups.slice(0, 3)).toEqual(["shortfall-unexplained", "value-invalid", "fact-missing"]);
    const shortfalls = within(group("shortfall-unexplained")).getAllByTitle(/Перейти до клітинки/);
    expect(shortfalls.map((b) => b.textContent)).toEqual([
      expect.stringMatching(/^H7Факт 2 менший за план 3/),
      expect.stringMatching(/^H35Факт 1 менший за план 3/),
      expect.stringMatching(/^H44Факт 11 менший за план 13/),
    ]);
    expect(document.querySelector('[data-severity-count="error"]')?.textContent).toBe("7 помилок");
  });

  it("says a sheet is not a form instead of listing errors", async () => {
    await renderPane("plan-2022-public", { sheet: "Примітки" });
    await check();
    expect(document.querySelector('[data-form="none"]')?.textContent).toMatch(/не є таблицею заходів/);
    expect(document.querySelector("[data-group]")).toBeNull();
  });

  it("goes to a finding's cell on click; findings are buttons, so Enter works too", async () => {
    const { excel } = await renderPane(Q3);
    await check();
    const target = screen.getByTitle("Перейти до клітинки G20");
    expect(target.tagName).toBe("BUTTON");
    fireEvent.click(target);
    await waitFor(() => expect(target.getAttribute("aria-current")).toBe("true"));
    expect(excel.book.selection).toEqual({ sheet: Q3_SHEET, area: { top: 20, left: 7, bottom: 20, right: 7 } });
  });
});

describe("task pane: explaining a shortfall", () => {
  it("writes a picked reason into the note cell and re-checks", async () => {
    const { excel } = await renderPane(Q3);
    await check();
    const form = document.querySelector('[data-explain="H7"]') as HTMLElement;
    expect(within(form).queryByRole("button", { name: "Перенесено на наступний квартал" })).toBeNull();
    fireEvent.click(within(form).getByRole("button", { name: "Типові причини…" }));
    fireEvent.click(within(form).getByRole("button", { name: "Перенесено на наступний квартал" }));
    const input = within(form).getByLabelText("Пояснення в H7") as HTMLInputElement;
    expect(input.value).toBe("Перенесено на наступний квартал");
    fireEvent.click(within(form).getByRole("button", { name: "Записати" }));
    await screen.findByText("Пояснення записано в H7.");
    expect(excel.book.sheet(Q3_SHEET)!.cell(7, 8)?.value).toBe("Перенесено на наступний квартал");
    const left = within(group("shortfall-unexplained")).getAllByTitle(/Перейти до клітинки/).map((b) => b.title);
    expect(left).toEqual(["Перейти до клітинки H35", "Перейти до клітинки H44"]);
  });

  it("asks before replacing text that appeared in the cell meanwhile", async () => {
    const { excel } = await renderPane(Q3);
    await check();
    excel.book.sheet(Q3_SHEET)!.setValue(35, 8, "вже є");
    const form = document.querySelector('[data-explain="H35"]') as HTMLElement;
    fireEvent.change(within(form).getByLabelText("Пояснення в H35"), { target: { value: "Власне пояснення" } });
    fireEvent.submit(form);
    await within(form).findByText("У клітинці вже є текст «вже є». Замінити його?");
    expect(excel.book.sheet(Q3_SHEET)!.cell(35, 8)?.value).toBe("вже є");
    fireEvent.click(within(form).getByRole("button", { name: "Замінити" }));
    await screen.findByText("Пояснення записано в H35.");
    expect(excel.book.sheet(Q3_SHEET)!.cell(35, 8)?.value).toBe("Власне пояснення");
  });
});

describe("task pane: marks", () => {
  it("marks problem cells and restores them exactly", async () => {
    const { excel } = await renderPane(Q3);
    const sheet = excel.book.sheet(Q3_SHEET)!;
    const before = sheetSnapshot(sheet);
    await check();
    expect((screen.getByRole("button", { name: "Прибрати позначки" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Показати на аркуші" }));
    await screen.findByText("Позначено 8 клітинок на аркуші.");
    expect(sheetSnapshot(sheet).H7.fill?.color).toBe(MARK_STYLE.error.fill);
    fireEvent.click(screen.getByRole("button", { name: "Прибрати позначки" }));
    await screen.findByText("Позначки прибрано: відновлено 8 клітинок.");
    expect(sheetSnapshot(sheet)).toEqual(before);
  });

  it("refreshes marks after an explanation is written", async () => {
    const { excel } = await renderPane(Q3);
    await check();
    fireEvent.click(screen.getByRole("button", { name: "Показати на аркуші" }));
    await screen.findByText(/Позначено/);
    const form = document.querySelector('[data-explain="H44"]') as HTMLElement;
    fireEvent.change(within(form).getByLabelText("Пояснення в H44"), { target: { value: "Скасовано" } });
    fireEvent.submit(form);
    await screen.findByText("Пояснення записано в H44.");
    expect(sheetSnapshot(excel.book.sheet(Q3_SHEET)!).H44.fill).toBeUndefined();
  });
});

describe("task pane: when Excel refuses", () => {
  it.each([
    ["cell edit mode", (e: { book: { cellEditMode: boolean } }) => (e.book.cellEditMode = true), /режимі редагування клітинки/],
    ["an old Excel", (e: { book: { apiVersion: string } }) => (e.book.apiVersion = "1.12"), /ExcelApi 1\.13/],
  ])("explains %s", async (_name, breakIt, message) => {
    const { excel } = await renderPane(Q3);
    breakIt(excel as never);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Перевірити книгу" })));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(message);
  });

  it("explains a protected sheet when writing", async () => {
    const { excel } = await renderPane(Q3);
    await check();
    excel.book.sheet(Q3_SHEET)!.protected = true;
    const form = document.querySelector('[data-explain="H7"]') as HTMLElement;
    fireEvent.change(within(form).getByLabelText("Пояснення в H7"), { target: { value: "x" } });
    fireEvent.submit(form);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/Аркуш «Звіт III кв 2021» захищено/);
    fireEvent.click(within(alert).getByRole("button", { name: "Закрити" }));
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
  });
});

describe("task pane: language", () => {
  it("switches to English and remembers it", async () => {
    const first = await renderPane(Q3);
    fireEvent.click(screen.getByRole("button", { name: "Switch to English" }));
    expect(screen.getByRole("button", { name: "Check workbook" })).toBeTruthy();
    expect(localStorage.getItem(LANG_KEY)).toBe("en");
    first.unmount();
    await renderPane(Q3);
    await check();
    expect(screen.getByText("Form: Report on plan execution")).toBeTruthy();
    expect(document.querySelector('[data-severity-count="error"]')?.textContent).toBe("7 errors");
    expect(screen.getByTitle("Go to cell H7").textContent).toMatch(/Actual 2 is below plan 3/);
  });
});

describe("task pane: safety", () => {
  it("offers no explanation field when the sheet has no note column to write into", async () => {
    const { excel } = await renderPane(Q3);
    // Drop the note column's header: the engine then cannot point at a note cell.
    const sheet = excel.book.sheet(Q3_SHEET)!;
    sheet.setValue(4, 8, null);
    await check();
    // The engine then points shortfalls at the fact cells, which must never be offered for writing.
    expect(within(group("shortfall-unexplained")).getByTitle("Перейти до клітинки G7")).toBeTruthy();
    expect(document.querySelector("[data-explain]")).toBeNull();
  });
});

describe("task pane: following the active sheet", () => {
  const PLAN = "plan-2022-public";
  const formShown = () => document.querySelector("[data-form]")?.getAttribute("data-form");

  it("re-checks the sheet the user switches to and shows its form", async () => {
    const { excel } = await renderPane(PLAN, { sheet: "Примітки" });
    await check();
    expect(formShown()).toBe("none");
    act(() => excel.book.activate("План 2022"));
    await waitFor(() => expect(screen.getByText("Аркуш «План 2022»")).toBeTruthy(), { timeout: 4000 });
    expect(formShown()).toBe("annual-plan");
    expect(document.querySelector("[data-other-sheet]")).toBeNull();
    // Back again, through the API this time (worksheet.activate fires the event too).
    await act(async () => {
      await excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Примітки").activate();
        await ctx.sync();
      });
    });
    await waitFor(() => expect(formShown()).toBe("none"), { timeout: 4000 });
  });

  it("does nothing before the first check", async () => {
    const { excel } = await renderPane(PLAN, { sheet: "Примітки" });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50))); // the pane's own reads at start
    excel.resetStats();
    await act(async () => {
      excel.book.activate("План 2022");
      await new Promise((resolve) => setTimeout(resolve, 500));
    });
    expect(document.querySelector("[data-form]")).toBeNull();
    expect(excel.syncs).toEqual([]);
  });

  it("offers the other sheet instead while Compute waits for an answer", async () => {
    const { excel } = await renderPane(PLAN);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: /^Обчислити$/ })));
    await screen.findByText("Замінити 2 значення формулою суми?", undefined, { timeout: 4000 });
    act(() => excel.book.activate("Примітки"));
    const line = await screen.findByText("Показано результати для аркуша «План 2022». Перевірити аркуш «Примітки»?", undefined, { timeout: 4000 });
    expect(formShown()).toBe("annual-plan");
    fireEvent.click(within(line.closest("[data-other-sheet]") as HTMLElement).getByRole("button", { name: "Так, перевірити" }));
    await waitFor(() => expect(formShown()).toBe("none"), { timeout: 4000 });
    expect(document.querySelector("[data-other-sheet]")).toBeNull();
  });

  it("keeps an explanation being typed: it offers the other sheet instead of replacing the list", async () => {
    const { excel } = await renderPane(Q3);
    await check();
    const form = document.querySelector('[data-explain="H7"]') as HTMLElement;
    fireEvent.change(within(form).getByLabelText("Пояснення в H7"), { target: { value: "Захід перенесено" } });
    excel.book.sheets.push(new FakeSheet("Інше"));
    act(() => excel.book.activate("Інше"));
    await screen.findByText(`Показано результати для аркуша «${Q3_SHEET}». Перевірити аркуш «Інше»?`, undefined, { timeout: 4000 });
    expect((within(form).getByLabelText("Пояснення в H7") as HTMLInputElement).value).toBe("Захід перенесено");
  });

  it("removes its handler when the pane closes", async () => {
    const { excel, unmount } = await renderPane(PLAN, { sheet: "Примітки" });
    await check();
    unmount();
    await new Promise((resolve) => setTimeout(resolve, 0));
    excel.resetStats();
    excel.book.activate("План 2022");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(excel.syncs).toEqual([]);
  });
});
