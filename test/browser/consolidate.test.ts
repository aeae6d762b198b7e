/**
 * Issue 11 in a real browser, the pane at 350 px: a workbook holding three centres' reports
 * (opened with «Відкрити файл…», as the office would after pasting them together), «Зведення»
 * makes the summary sheet, the preview's workbook computes its sums to the centres' totals, and
 * Check reads it as a quarterly report. Screenshots go to test-output/screenshots/ (50-…).
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { makeTempDir, putRows, writeWorkbook } from "../helpers/xlsx";
import { browserSession, hasChromium, screenshot } from "./harness";

const maybe = hasChromium ? describe : describe.skip;
jest.setTimeout(120_000);

interface PreviewWindow {
  pokaznykPreview: { excel: { book: { activeSheet: string; sheet(name: string): { cell(r: number, c: number): { value: unknown } | undefined } | undefined } } };
}

const HEADER = ["№ з/п", "Найменування заходу", "Відповідальний виконавець", "Показник", "План", "Факт", "Примітка у разі недовиконання плану"];
const report = (centre: string, rows: (string | number)[][], lower = 0) => [[`Звіт про виконання плану діяльності ${centre} центру`], ["за II квартал 2024 року"], ...Array.from({ length: 1 + lower }, () => []), HEADER, ...rows];

maybe("«Зведення» in the preview at 350 px", () => {
  const temp = makeTempDir("pokaznyk-consolidate-browser-");
  const file = path.join(temp.dir, "центри.xlsx");
  const session = browserSession((context) =>
    context.addInitScript(() => {
      localStorage.setItem("pokaznyk.template-details", JSON.stringify({ organisation: "", year: 2024, quarter: 2, responsible: "Петренко П. П." }));
    }),
  );

  beforeAll(async () => {
    await writeWorkbook(file, (wb) => {
      putRows(wb.addWorksheet("Бахмут"), report("Бахмутського", [["1.1", "Лекції", "Відділ", "кількість", 4, 4], ["1.2", "Буклети", "Відділ", "кількість", 10, 8, "Затримка друку"]]));
      putRows(wb.addWorksheet("Краматорськ"), report("Краматорського", [["2.1", "Лекції", "Відділ", "кількість", 5, 5], ["2.2", "Буклети", "Відділ", "кількість", 6, 6]], 2));
      putRows(wb.addWorksheet("Лиман"), report("Лиманського", [["1.1", "Лекції", "Відділ", "кількість", 1, 2]]));
    });
  });
  afterAll(() => temp.cleanup());
  let page: Page;
  beforeEach(() => {
    page = session.page;
  });

  const pane = () => page.getByTestId("task-pane");
  const idle = () => page.locator("main:not([aria-busy])").waitFor();

  it("sums three centres' reports on a new sheet that Check reads as a quarterly report", async () => {
    await page.goto(`${session.origin}/preview.html`);
    await page.locator("table[data-sheet]").waitFor();
    await pane().evaluate((el) => {
      (el.parentElement as HTMLElement).style.gridTemplateColumns = "minmax(0, 1fr) 350px";
    });
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Відкрити файл…" }).click();
    await (await chooser).setFiles(file);
    await page.locator('table[data-sheet="Бахмут"]').waitFor();
    await pane().getByRole("toolbar").getByRole("button", { name: /^(Перевірити книгу|Перевірити знову)$/ }).click();
    await page.locator("[data-verdict]").waitFor();
    await idle();
    await pane().getByRole("button", { name: "Зведення" }).click();
    await page.locator("[data-consolidate-outcome]").waitFor();
    await idle();
    await expect(page.locator("[data-consolidate-outcome]").textContent()).resolves.toMatch(/^Створено аркуш «Зведення II кв 2024»: 3 центри, 2 заходи\./);
    await page.getByText("Аркуш «Зведення II кв 2024»", { exact: true }).waitFor();
    await expect(pane().getByText("Форма: Звіт про виконання плану діяльності").count()).resolves.toBe(1);
    const sums = await page.evaluate(() => {
      const book = (window as unknown as PreviewWindow).pokaznykPreview.excel.book;
      const sheet = book.sheet(book.activeSheet);
      const rows: unknown[][] = [];
      for (let r = 1; r <= 20; r++) if (typeof sheet?.cell(r, 3)?.value === "string" && ["Лекції", "Буклети"].includes(sheet?.cell(r, 3)?.value as string)) rows.push([3, 6, 7].map((c) => sheet?.cell(r, c)?.value));
      return rows;
    });
    expect(sums).toEqual([
      ["Лекції", 10, 11],
      ["Буклети", 16, 14],
    ]);
    const [scroll, client] = await pane().evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scroll).toBeLessThanOrEqual(client);
    await screenshot(page, "50-consolidated");
  });
});
