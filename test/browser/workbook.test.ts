/**
 * Issue 10 in a real browser, the pane forced to 350 px as in Excel: the workbook's verdict
 * naming the sheets with errors, a folded group converted to numbers after a yes, a warning
 * accepted. Screenshots of the pane go to test-output/screenshots/ (30-…).
 */
import type { Page } from "playwright-core";
import { buildTemplate } from "../../src/core";
import { browserSession, hasChromium, screenshot } from "./harness";

const maybe = hasChromium ? describe : describe.skip;
jest.setTimeout(90_000);

interface PreviewWindow {
  pokaznykPreview: {
    excel: {
      copySheet(name: string): unknown;
      type(sheet: string, cell: string, text: string): void;
      book: { sheets: { name: string }[]; activeSheet: string; notify(): void; sheet(name: string): { setValue(r: number, c: number, v: unknown): void; cell(r: number, c: number): { value: unknown } | undefined } };
    };
  };
}

maybe("issue 10 in the preview at 350 px", () => {
  const session = browserSession();
  let page: Page;
  beforeEach(() => {
    page = session.page;
  });

  const pane = () => page.getByTestId("task-pane");
  const idle = () => page.locator("main:not([aria-busy])").waitFor();

  async function open(fixture: string) {
    await page.goto(`${session.origin}/preview.html?fixture=${fixture}`);
    await page.locator("table[data-sheet]").waitFor();
    // The preview draws the pane 320 px wide; Excel's default is wider: test the 350 px the trial used.
    await page.getByTestId("task-pane").evaluate((el) => {
      (el.parentElement as HTMLElement).style.gridTemplateColumns = "minmax(0, 1fr) 350px";
    });
  }

  async function checkBook() {
    await pane().getByRole("toolbar").getByRole("button", { name: /^(Перевірити книгу|Перевірити знову)$/ }).click();
    await page.locator("[data-verdict]").waitFor();
    await idle();
  }

  /** Every cell of every sheet but the four the fix names, as the fake holds them. */
  function otherCells(): Promise<string> {
    return page.evaluate(() => {
      const { book } = (window as unknown as PreviewWindow).pokaznykPreview.excel;
      const fixed = ["7,6", "8,6", "9,6", "10,6"];
      return JSON.stringify(
        book.sheets.map((s) => {
          const cells = (book.sheet(s.name) as unknown as { cells: Map<string, unknown> }).cells;
          return [s.name, [...cells].filter(([k]) => s.name !== "Звіт I кв 2020" || !fixed.includes(k))];
        }),
      );
    });
  }

  /** Nothing in the pane wider than the pane: no sideways scrolling at 350 px. */
  async function fitsWidth() {
    const [scroll, client] = await pane().evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scroll).toBeLessThanOrEqual(client);
    expect(await pane().evaluate((el) => el.getBoundingClientRect().width)).toBe(350);
  }

  it("names the three sheets with errors in a red banner; a link opens one", async () => {
    await open("report-q3-2021-public");
    await page.evaluate(() => {
      const { excel } = (window as unknown as PreviewWindow).pokaznykPreview;
      excel.copySheet("Звіт III кв 2021");
      excel.copySheet("Звіт III кв 2021");
    });
    await checkBook();
    const banner = page.locator('[data-verdict="fix"]');
    await expect(banner.textContent()).resolves.toMatch(/^21 помилка на 3 аркушах — виправте перед надсиланням/);
    await expect(banner.locator("[data-sheet-link]").count()).resolves.toBe(3);
    await fitsWidth();
    await screenshot(page, "30-workbook-verdict-fix-350");
    await pane().screenshot({ path: (await screenshot(page, "30-workbook-verdict-fix-350-full")).replace("-full", "-pane") });
    await banner.getByRole("button", { name: "Звіт III кв 2021 (2)" }).click();
    await page.getByText("Аркуш «Звіт III кв 2021 (2)»").waitFor();
    await idle();
    await expect(page.locator("[data-sheet] >> nth=0").getAttribute("data-sheet")).resolves.toBe("Звіт III кв 2021 (2)");
  });

  it("folds numbers stored as text into one group and converts them after a yes", async () => {
    await open("report-q1-2020-kramatorsk");
    const before = await page.evaluate(() => {
      const { excel } = (window as unknown as PreviewWindow).pokaznykPreview;
      const sheet = excel.book.sheet("Звіт I кв 2020");
      for (const row of [7, 8, 9, 10]) sheet.setValue(row, 6, String(sheet.cell(row, 6)?.value));
      excel.book.notify();
      return [7, 8, 9, 10].map((row) => sheet.cell(row, 6)?.value);
    });
    expect(before.every((v) => typeof v === "string" && /^\d+$/.test(v))).toBe(true);
    await checkBook();
    const verdictBefore = await page.locator("[data-verdict]").getAttribute("data-verdict");
    const group = page.locator('[data-group="number-as-text"]');
    await expect(group.locator("[data-group-summary]").textContent()).resolves.toBe("4 клітинки у стовпці «План»: F7:F10");
    await fitsWidth();
    await pane().screenshot({ path: (await screenshot(page, "31-group-numbers-as-text-full")).replace("-full", "-pane") });
    const otherCellsBefore = await otherCells();
    await group.getByRole("button", { name: "Виправити всі (4)" }).click();
    const question = page.locator("[data-fix-question]");
    await expect(question.textContent()).resolves.toMatch(/Перетворити на числа: буде змінено 4 клітинки/);
    await pane().screenshot({ path: (await screenshot(page, "32-fix-question-full")).replace("-full", "-pane") });
    await question.getByRole("button", { name: "Змінити" }).click();
    await page.getByText("Змінено 4 клітинки.").waitFor();
    await idle();
    const otherCellsAfter = await otherCells();
    const after = await page.evaluate(() => {
      const sheet = (window as unknown as PreviewWindow).pokaznykPreview.excel.book.sheet("Звіт I кв 2020");
      return [7, 8, 9, 10].map((row) => sheet.cell(row, 6)?.value);
    });
    expect(after).toEqual(before.map(Number));
    await expect(page.locator('[data-group="number-as-text"]').count()).resolves.toBe(0);
    // Every other cell of the workbook as it was: value, formula and look.
    expect(otherCellsAfter).toEqual(otherCellsBefore);
    await checkBook();
    await expect(page.locator("[data-verdict]").getAttribute("data-verdict")).resolves.toBe(verdictBefore);
    await pane().screenshot({ path: (await screenshot(page, "33-fixed-full")).replace("-full", "-pane") });
  });

  it("accepts a warning with a reason: hidden from the list, counted apart, the verdict unchanged", async () => {
    await open("report-q1-2020-kramatorsk");
    await checkBook();
    const group = page.locator('[data-group="fact-far-above-plan"]');
    await group.getByRole("button", { name: "Показати всі (4)" }).click();
    const item = group.locator('[data-cell="G8"]');
    await item.getByRole("button", { name: "Прийняти" }).click();
    await item.getByLabel("Чому G8 правильно?").fill("Акція в громаді");
    await pane().screenshot({ path: (await screenshot(page, "34-accept-form-full")).replace("-full", "-pane") });
    await item.getByRole("button", { name: "Прийняти" }).click();
    await page.getByText("Зауваження до G8 прийнято.").waitFor();
    await expect(page.locator("[data-accepted-count]").textContent()).resolves.toBe("прийнято: 1");
    await expect(page.locator('[data-verdict="ready"]').count()).resolves.toBe(1);
    await fitsWidth();
    await pane().screenshot({ path: (await screenshot(page, "35-accepted-full")).replace("-full", "-pane") });
    // Stored in the workbook: a new check still finds it accepted.
    await checkBook();
    await expect(page.locator("[data-accepted-count]").textContent()).resolves.toBe("прийнято: 1");
    // The official changes the fact: what was accepted is no longer what the cell says, the warning is back.
    await page.evaluate(() => {
      const { excel } = (window as unknown as PreviewWindow).pokaznykPreview;
      const plan = Number(excel.book.sheet("Звіт I кв 2020").cell(8, 6)?.value);
      excel.type("Звіт I кв 2020", "G8", String(plan * 10));
    });
    await checkBook();
    await expect(page.locator("[data-accepted-count]").count()).resolves.toBe(0);
    const back = page.locator('[data-group="fact-far-above-plan"]');
    const more = back.getByRole("button", { name: /Показати всі/ });
    if ((await more.count()) > 0) await more.click();
    await expect(back.locator('[data-cell="G8"]').count()).resolves.toBe(1);
  });

  it("is grey for a fresh template alone, marks the list stale when it is filled in, and red once checked", async () => {
    await open("report-q1-2020-kramatorsk");
    await pane().getByRole("tab", { name: "Шаблони" }).click();
    const form = pane().getByRole("form", { name: "Шаблони" });
    await form.getByRole("radio", { name: /Звіт про виконання плану/ }).first().check();
    await form.getByLabel(/Організація/).fill("Краматорського місцевого центру з надання БВПД");
    await form.getByLabel(/Відповідальна особа/).fill("Іваненко І. І.");
    await form.getByRole("button", { name: "Вставити" }).click();
    await pane().getByText("Вставлено аркуш", { exact: false }).waitFor();
    await idle();
    const sheet = await page.evaluate(() => {
      const { excel } = (window as unknown as PreviewWindow).pokaznykPreview;
      // The template alone in the workbook: nothing filled in anywhere.
      excel.book.sheets = excel.book.sheets.filter((s) => s.name === excel.book.activeSheet);
      excel.book.notify();
      return excel.book.activeSheet;
    });
    await checkBook();
    const grey = page.locator('[data-verdict="nothing"]');
    await expect(grey.textContent()).resolves.toBe("Немає заповненої форми");
    await fitsWidth();
    await pane().screenshot({ path: (await screenshot(page, "36-template-grey-full")).replace("-full", "-pane") });

    // The official types a plan into the first measure row: the list is stale until checked again.
    // (Not within half a second of the pane's own write: on an Excel without triggerSource, a
    // change that soon is taken for the pane's own, see workbook-commands.ts.)
    await page.waitForTimeout(600);
    // A measure and its plan in the first empty measure row; the section heading above still holds
    // the template's placeholder.
    const layout = buildTemplate("quarterly-report", { organisation: "x", year: 2026, quarter: 3, responsible: "y" });
    const column = (title: string) => layout.cells.find((c) => c.row <= layout.headerRows.last && c.value === title)?.col;
    const [measureCol, planCol] = [3, column("План")];
    expect(planCol).toBe(6);
    await page.evaluate(
      ({ sheet, row, measureCol, planCol }) => {
        const { excel } = (window as unknown as PreviewWindow).pokaznykPreview;
        excel.type(sheet, `${String.fromCharCode(64 + measureCol)}${row}`, "1.1. Консультації в громадах");
        excel.type(sheet, `${String.fromCharCode(64 + planCol)}${row}`, "5");
      },
      { sheet, row: layout.measureRows.first, measureCol, planCol: planCol! },
    );
    await page.locator("[data-stale]").waitFor();
    await pane().screenshot({ path: (await screenshot(page, "37-template-stale-full")).replace("-full", "-pane") });
    await checkBook();
    const red = page.locator('[data-verdict="fix"]');
    await expect(red.locator("[data-sheet-link]").allTextContents()).resolves.toEqual([sheet]);
    await expect(page.locator("[data-stale]").count()).resolves.toBe(0);
    await expect(page.locator('[data-group="placeholder-left"]').count()).resolves.toBe(1);
    await pane().screenshot({ path: (await screenshot(page, "38-template-filled-red-full")).replace("-full", "-pane") });
  });

  it("keeps the reason chips behind one toggle, and the list editable, within 350 px", async () => {
    await open("report-q3-2021-public");
    await checkBook();
    const form = page.locator('[data-explain="H7"]');
    await expect(form.getByRole("button", { name: "Воєнний стан" }).count()).resolves.toBe(0);
    await form.getByRole("button", { name: "Типові причини…" }).click();
    await form.getByRole("button", { name: "Змінити список" }).click();
    await form.getByLabel("Нова причина").fill("Повітряні тривоги під час заходу");
    await form.getByRole("button", { name: "Додати" }).click();
    await fitsWidth();
    await form.screenshot({ path: (await screenshot(page, "39-reasons-edit-full")).replace("-full", "-pane") });
    await form.getByRole("button", { name: "Готово" }).click();
    await form.getByRole("button", { name: "Повітряні тривоги під час заходу" }).click();
    await expect(form.getByLabel("Пояснення в H7").inputValue()).resolves.toBe("Повітряні тривоги під час заходу");
  });
});
