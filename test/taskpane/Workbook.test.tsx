/**
 * Issue 10 in the pane, on the fake Excel: the workbook's verdict over every sheet, a repeated
 * group folded with its fix (asked first, changing only the cells it names), accepting a warning
 * (kept in a custom XML part, back when the cell changes), and the list marked stale after an edit.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { ACCEPTANCES_NAMESPACE, parseAcceptances } from "../../src/core";
import { sheetSnapshot } from "../../src/fake-excel";
import { resetReasonsCache } from "../../src/taskpane/state/reasons-storage";
import { renderPane } from "./render";

const KRAM = "report-q1-2020-kramatorsk";
const KRAM_SHEET = "Звіт I кв 2020";

beforeEach(() => {
  localStorage.clear();
  resetReasonsCache();
});

async function checkBook() {
  const toolbar = screen.getByRole("toolbar");
  fireEvent.click(within(toolbar).getByRole("button", { name: /^(Перевірити книгу|Перевірити знову)$/ }));
  await waitFor(() => expect(document.querySelector("[data-verdict]")).not.toBeNull());
  await waitFor(() => expect(document.querySelector("main[aria-busy]")).toBeNull());
}

const verdict = () => document.querySelector("[data-verdict]") as HTMLElement;
const group = (rule: string) => document.querySelector(`[data-group="${rule}"]:not([data-accepted-group])`) as HTMLElement;

describe("the workbook's verdict", () => {
  it("names every sheet with errors, as links that open that sheet", async () => {
    const { excel } = await renderPane("report-q3-2021-public");
    excel.copySheet("Звіт III кв 2021");
    excel.copySheet("Звіт III кв 2021");
    await checkBook();
    expect(verdict().getAttribute("data-verdict")).toBe("fix");
    expect(verdict().textContent).toMatch(/^21 помилка на 3 аркушах — виправте перед надсиланням/);
    const links = [...verdict().querySelectorAll("[data-sheet-link]")].map((l) => l.textContent);
    // In tab order: a copy goes right after its original.
    expect(links).toEqual(excel.book.sheets.map((s) => s.name));
    expect(links).toHaveLength(3);
    fireEvent.click(within(verdict()).getByRole("button", { name: "Звіт III кв 2021 (3)" }));
    await screen.findByText("Аркуш «Звіт III кв 2021 (3)»");
    expect(excel.book.activeSheet).toBe("Звіт III кв 2021 (3)");
  });

  it("speaks English too", async () => {
    await renderPane("report-q3-2021-public", { lang: "en" });
    fireEvent.click(within(screen.getByRole("toolbar")).getByRole("button", { name: "Check workbook" }));
    await waitFor(() => expect(verdict()?.textContent).toMatch(/^7 errors on 1 sheet — fix before sending/));
  });

  it("is grey when no sheet holds a form", async () => {
    const { excel } = await renderPane("plan-2022-public", { sheet: "Примітки" });
    excel.book.sheets = excel.book.sheets.filter((s) => s.name === "Примітки");
    await checkBook();
    expect(verdict().getAttribute("data-verdict")).toBe("nothing");
    expect(verdict().textContent).toBe("Немає заповненої форми");
  });
});

describe("marks and the workbook check", () => {
  it("redraws marks already on a sheet to its new findings", async () => {
    const { excel } = await renderPane("report-q3-2021-public");
    await checkBook();
    fireEvent.click(screen.getByRole("button", { name: "Показати на аркуші" }));
    await screen.findByText(/Позначено/);
    const sheet = excel.book.sheet("Звіт III кв 2021")!;
    expect(sheetSnapshot(sheet).H44.fill).toBeDefined();
    sheet.setValue(44, 8, "Скасовано");
    await checkBook();
    await waitFor(() => expect(sheetSnapshot(sheet).H44.fill).toBeUndefined());
    expect(sheetSnapshot(sheet).H7.fill).toBeDefined();
  });
});

describe("a repeated group and its fix", () => {
  it("folds numbers stored as text into one line and converts them after a yes, touching nothing else", async () => {
    const { excel } = await renderPane(KRAM);
    const sheet = excel.book.sheet(KRAM_SHEET)!;
    for (const row of [7, 8, 9, 10]) sheet.setValue(row, 6, String(sheet.cell(row, 6)!.value));
    const before = sheetSnapshot(sheet);
    await checkBook();
    const numbers = group("number-as-text");
    expect(numbers.querySelector("[data-group-summary]")?.textContent).toBe("4 клітинки у стовпці «План»: F7:F10");
    expect(within(numbers).queryAllByRole("listitem")).toHaveLength(0);
    expect(numbers.querySelector("button")?.textContent).toBe("Числа збережено як текст4");
    fireEvent.click(within(numbers).getByRole("button", { name: "Виправити всі (4)" }));
    const question = await waitFor(() => document.querySelector("[data-fix-question]") as HTMLElement);
    expect(question.textContent).toMatch(/Перетворити на числа: буде змінено 4 клітинки, більше нічого/);
    // Nothing written before the yes.
    expect(sheetSnapshot(sheet)).toEqual(before);
    await act(async () => fireEvent.click(within(question).getByRole("button", { name: "Змінити" })));
    await screen.findByText("Змінено 4 клітинки.");
    const after = sheetSnapshot(sheet);
    for (const [cell, look] of Object.entries(before)) {
      if (["F7", "F8", "F9", "F10"].includes(cell)) expect(after[cell].value).toBe(Number(look.value));
      else expect(after[cell]).toEqual(look);
    }
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(group("number-as-text")).toBeNull();
    expect(document.querySelector("[data-fix-changes]")?.textContent).toMatch(/F7«2» → 2/);
  });
});

describe("accepting a warning", () => {
  it("keeps it in the workbook, hides it from the list but counts it, and brings it back when the cell changes", async () => {
    const { excel } = await renderPane(KRAM);
    await checkBook();
    const far = group("fact-far-above-plan");
    fireEvent.click(within(far).getByRole("button", { name: "Показати всі (4)" }));
    const item = far.querySelector('[data-cell="G8"]') as HTMLElement;
    fireEvent.click(within(item).getByRole("button", { name: "Прийняти" }));
    fireEvent.change(within(item).getByLabelText("Чому G8 правильно?"), { target: { value: "акція в громаді" } });
    await act(async () => fireEvent.submit(item.querySelector("form")!));
    await screen.findByText("Зауваження до G8 прийнято.");
    const [part] = excel.book.xmlParts;
    expect(parseAcceptances(part.xml)).toEqual([expect.objectContaining({ sheet: KRAM_SHEET, cell: "G8", rule: "fact-far-above-plan", value: "53", reason: "акція в громаді" })]);
    expect(part.xml).toContain(ACCEPTANCES_NAMESPACE);
    expect(group("fact-far-above-plan").getAttribute("data-group")).toBe("fact-far-above-plan");
    expect(group("fact-far-above-plan").querySelector("[data-cell='G8']")).toBeNull();
    expect(document.querySelector("[data-accepted-count]")?.textContent).toBe("прийнято: 1");
    expect(document.querySelector('[data-severity-count="info"]')?.textContent).toBe("3 поради");

    // A re-check reads the part again: still accepted.
    await checkBook();
    expect(document.querySelector("[data-accepted-count]")?.textContent).toBe("прийнято: 1");
    fireEvent.click(screen.getByRole("button", { name: "Показати прийняті (1)" }));
    expect(document.querySelector("[data-accepted='G8']")?.textContent).toMatch(/Прийнято: акція в громаді/);

    // The user types a new fact: the list says it is stale; a re-check brings the warning back.
    act(() => excel.type(KRAM_SHEET, "G8", "60"));
    await screen.findByText("Аркуш змінено — перевірте ще раз");
    await checkBook();
    expect(document.querySelector("[data-stale]")).toBeNull();
    expect(document.querySelector("[data-accepted-count]")).toBeNull();
    expect(document.querySelector('[data-severity-count="info"]')?.textContent).toBe("4 поради");
  });

  it("takes an acceptance back", async () => {
    const { excel } = await renderPane(KRAM);
    await checkBook();
    const item = () => document.querySelector('[data-group="plan-missing"] [data-cell="F43"]') as HTMLElement;
    fireEvent.click(within(item()).getByRole("button", { name: "Прийняти" }));
    fireEvent.change(within(item()).getByLabelText("Чому F43 правильно?"), { target: { value: "захід без плану" } });
    await act(async () => fireEvent.submit(item().querySelector("form")!));
    await screen.findByText("Зауваження до F43 прийнято.");
    fireEvent.click(screen.getByRole("button", { name: "Показати прийняті (1)" }));
    await act(async () => fireEvent.click(within(document.querySelector("[data-accepted='F43']") as HTMLElement).getByRole("button", { name: "Повернути" })));
    await screen.findByText("Зауваження до F43 знову враховується.");
    expect(excel.book.xmlParts).toEqual([]);
    expect(document.querySelector("[data-accepted-count]")).toBeNull();
  });
});

describe("a stale list", () => {
  it("says so after the user edits a checked sheet, not after the pane's own write (Excel without triggerSource)", async () => {
    const { excel } = await renderPane("report-q3-2021-public");
    excel.book.apiVersion = "1.13";
    await checkBook();
    const form = document.querySelector('[data-explain="H7"]') as HTMLElement;
    fireEvent.change(within(form).getByLabelText("Пояснення в H7"), { target: { value: "Воєнний стан" } });
    await act(async () => fireEvent.submit(form));
    await screen.findByText("Пояснення записано в H7.");
    await new Promise((r) => setTimeout(r, 600));
    expect(document.querySelector("[data-stale]")).toBeNull();
    act(() => excel.type("Звіт III кв 2021", "G7", "3"));
    await screen.findByText("Аркуш змінено — перевірте ще раз");
    expect(document.querySelector("[data-changed-since]")?.textContent).toBe("Після перевірки змінено: «Звіт III кв 2021». Вердикт може бути застарілим.");
  });

  it("counts an edit made right after the pane's write where Excel says whose change it was (ExcelApi 1.14)", async () => {
    const { excel } = await renderPane("report-q3-2021-public");
    await checkBook();
    const form = document.querySelector('[data-explain="H7"]') as HTMLElement;
    fireEvent.change(within(form).getByLabelText("Пояснення в H7"), { target: { value: "Воєнний стан" } });
    await act(async () => fireEvent.submit(form));
    await screen.findByText("Пояснення записано в H7.");
    // At once, well inside the grace an Excel without triggerSource needs.
    act(() => excel.type("Звіт III кв 2021", "G7", "3"));
    await screen.findByText("Аркуш змінено — перевірте ще раз");
    // The pane's own write alone never makes the list stale.
    await checkBook();
    fireEvent.change(within(document.querySelector('[data-explain="H35"]') as HTMLElement).getByLabelText("Пояснення в H35"), { target: { value: "Воєнний стан" } });
    await act(async () => fireEvent.submit(document.querySelector('[data-explain="H35"]') as HTMLElement));
    await screen.findByText("Пояснення записано в H35.");
    await new Promise((r) => setTimeout(r, 600));
    expect(document.querySelector("[data-stale]")).toBeNull();
  });
});

describe("reason chips", () => {
  it("are folded behind one toggle, editable, and kept per user", async () => {
    await renderPane("report-q3-2021-public");
    await checkBook();
    const form = () => document.querySelector('[data-explain="H7"]') as HTMLElement;
    expect(within(form()).queryByRole("button", { name: "Воєнний стан" })).toBeNull();
    fireEvent.click(within(form()).getByRole("button", { name: "Типові причини…" }));
    expect(within(form()).getByRole("button", { name: "Воєнний стан" })).toBeTruthy();
    expect(within(form()).getByRole("button", { name: "Відсутність фінансування" })).toBeTruthy();
    fireEvent.click(within(form()).getByRole("button", { name: "Змінити список" }));
    fireEvent.click(within(form()).getByRole("button", { name: "Вилучити «Воєнний стан»" }));
    fireEvent.change(within(form()).getByLabelText("Нова причина"), { target: { value: "Повітряні тривоги" } });
    fireEvent.click(within(form()).getByRole("button", { name: "Додати" }));
    expect(JSON.parse(localStorage.getItem("pokaznyk.reasons")!)).toEqual([
      "Відсутність фінансування",
      "Перенесено на наступний квартал",
      "Відсутність запитів від громадян",
      "Скасовано з причин, що не залежать від установи",
      "Повітряні тривоги",
    ]);
    // Every other explanation field shows the same list.
    const other = document.querySelector('[data-explain="H35"]') as HTMLElement;
    fireEvent.click(within(other).getByRole("button", { name: "Типові причини…" }));
    expect(within(other).getByRole("button", { name: "Повітряні тривоги" })).toBeTruthy();
    expect(within(other).queryByRole("button", { name: "Воєнний стан" })).toBeNull();
  });
});
