/**
 * Issue 11 in a real browser, the pane at 350 px: the office's own workbook (no form in it) opened
 * with «Відкрити файл…», three centres' files chosen with «Додати файли центрів…» come in as
 * sheets named after the files (chromium's own DecompressionStream and base64, the preview's fake
 * opening them as Excel would), «Зведення» sums them, and «Прибрати додані аркуші» takes them out.
 * Screenshots go to test-output/screenshots/ (51-…).
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { makeTempDir, putRows, writeWorkbook } from "../helpers/xlsx";
import { browserSession, hasChromium, screenshot } from "./harness";

const maybe = hasChromium ? describe : describe.skip;
jest.setTimeout(120_000);

interface PreviewWindow {
  pokaznykPreview: { excel: { book: { activeSheet: string; sheets: { name: string }[]; sheet(name: string): { cell(r: number, c: number): { value: unknown } | undefined } | undefined } } };
}

const HEADER = ["№ з/п", "Найменування заходу", "Відповідальний виконавець", "Показник", "План", "Факт", "Примітка у разі недовиконання плану"];
const report = (centre: string, rows: (string | number)[][], lower = 0) => [[`Звіт про виконання плану діяльності ${centre} центру`], ["за II квартал 2024 року"], ...Array.from({ length: 1 + lower }, () => []), HEADER, ...rows];

maybe("«Додати файли центрів…» in the preview at 350 px", () => {
  const temp = makeTempDir("pokaznyk-import-browser-");
  const officeFile = path.join(temp.dir, "область.xlsx");
  const centres = ["Бахмут", "Краматорськ", "Лиман"].map((name) => path.join(temp.dir, `${name}.xlsx`));
  const session = browserSession((context) =>
    context.addInitScript(() => {
      localStorage.setItem("pokaznyk.template-details", JSON.stringify({ organisation: "", year: 2024, quarter: 2, responsible: "Петренко П. П." }));
    }),
  );

  beforeAll(async () => {
    await writeWorkbook(officeFile, (wb) => putRows(wb.addWorksheet("Аркуш1"), [["Зведення звітів центрів за II квартал 2024 року"]]));
    await writeWorkbook(centres[0], (wb) => {
      putRows(wb.addWorksheet("Лист"), [["Супровідний лист до звіту"]]);
      putRows(wb.addWorksheet("Звіт"), report("Бахмутського", [["1.1", "Лекції", "Відділ", "кількість", 4, 4], ["1.2", "Буклети", "Відділ", "кількість", 10, 8, "Затримка друку"]]));
    });
    await writeWorkbook(centres[1], (wb) => putRows(wb.addWorksheet("Звіт"), report("Краматорського", [["2.1", "Лекції", "Відділ", "кількість", 5, 5], ["2.2", "Буклети", "Відділ", "кількість", 6, 6]], 2)));
    await writeWorkbook(centres[2], (wb) => putRows(wb.addWorksheet("Аркуш1"), report("Лиманського", [["1.1", "Лекції", "Відділ", "кількість", 1, 2]])));
  });
  afterAll(() => temp.cleanup());
  let page: Page;
  beforeEach(() => {
    page = session.page;
  });

  const pane = () => page.getByTestId("task-pane");
  const idle = () => page.locator("main:not([aria-busy])").waitFor();
  const sheetNames = () => page.evaluate(() => (window as unknown as PreviewWindow).pokaznykPreview.excel.book.sheets.map((s) => s.name));

  it("brings three centres' files in as sheets, sums them with «Зведення», and takes the sheets out again", async () => {
    await page.goto(`${session.origin}/preview.html`);
    await page.locator("table[data-sheet]").waitFor();
    await pane().evaluate((el) => {
      (el.parentElement as HTMLElement).style.gridTemplateColumns = "minmax(0, 1fr) 350px";
    });
    const opening = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Відкрити файл…" }).click();
    await (await opening).setFiles(officeFile);
    await page.locator('table[data-sheet="Аркуш1"]').waitFor();
    await pane().getByRole("toolbar").getByRole("button", { name: /^Перевірити/ }).click();
    await idle();

    const choosing = page.waitForEvent("filechooser");
    await pane().getByRole("button", { name: "Додати файли центрів…" }).click();
    const chooser = await choosing;
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles(centres);
    await page.locator("[data-import-outcome]").waitFor();
    await idle();
    await expect(page.locator("[data-import-outcome]").textContent()).resolves.toMatch(/^Додано 3 аркуші: «Бахмут», «Краматорськ», «Лиман»\./);
    await page.locator('table[data-sheet="Бахмут"]').waitFor();
    await expect(sheetNames()).resolves.toEqual(["Аркуш1", "Бахмут", "Краматорськ", "Лиман"]);
    await screenshot(page, "51-import-centres");

    await pane().getByRole("button", { name: "Зведення" }).click();
    await page.locator("[data-consolidate-outcome]").waitFor();
    await idle();
    await expect(page.locator("[data-consolidate-outcome]").textContent()).resolves.toMatch(/^Створено аркуш «Зведення II кв 2024»: 3 центри, 2 заходи\./);
    const sums = await page.evaluate(() => {
      const book = (window as unknown as PreviewWindow).pokaznykPreview.excel.book;
      const sheet = book.sheet("Зведення II кв 2024");
      const rows: unknown[][] = [];
      for (let r = 1; r <= 20; r++) if (["Лекції", "Буклети"].includes(sheet?.cell(r, 3)?.value as string)) rows.push([3, 6, 7].map((c) => sheet?.cell(r, c)?.value));
      return rows;
    });
    expect(sums).toEqual([
      ["Лекції", 10, 11],
      ["Буклети", 16, 14],
    ]);
    const [scroll, client] = await pane().evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scroll).toBeLessThanOrEqual(client);
    await screenshot(page, "52-import-consolidated");

    // The summary links them: the pane asks before its formulas turn to #REF!.
    await pane().getByRole("button", { name: "Прибрати додані аркуші" }).click();
    await page.locator("[data-import-linked]").waitFor();
    await idle();
    await pane().getByRole("button", { name: "Прибрати все одно" }).click();
    await page.locator("[data-import-removed]").waitFor();
    await idle();
    await expect(page.locator("[data-import-removed]").textContent()).resolves.toBe("Прибрано 3 аркуші: «Бахмут», «Краматорськ», «Лиман».");
    await expect(sheetNames()).resolves.toEqual(["Аркуш1", "Зведення II кв 2024"]);
    await screenshot(page, "53-import-removed");
  });
});
