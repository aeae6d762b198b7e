/**
 * Write-back in the preview, in chromium: every template inserted and recognised by Check with no
 * errors; Compute on a plan with the replace offer accepted, then the pane following the sheet
 * tabs; Compute on a report adding the % column. Screenshots go to test-output/screenshots/ (the pane is 320 px wide, as in Excel).
 *
 * Run from preview.test.ts, which owns the server and the browser: one dev server for all browser
 * tests keeps them quick.
 */
import type { Page } from "playwright-core";
import { TEMPLATE_IDS, TEMPLATE_TITLES, buildTemplate } from "../../src/core";
import { screenshot } from "./harness";

export function writeBackTests(session: () => { page: Page; origin: string }): void {
  let page: Page;

  async function open(fixture: string) {
    page = session().page;
    await page.goto(`${session().origin}/preview.html?fixture=${fixture}`);
    await page.locator("table[data-sheet]").waitFor();
  }

  const pane = () => page.getByTestId("task-pane");
  const idle = () => page.locator("main:not([aria-busy])").waitFor();

  it("inserts each template as a new sheet that Check recognises, with no errors", async () => {
    await open("report-q1-2020-kramatorsk");
    const details = { organisation: "Краматорського місцевого центру з надання БВПД", year: 2026, quarter: 2 as const, responsible: "Іваненко І. І." };
    const names = ["Звіт I кв 2020"];
    for (const [k, id] of TEMPLATE_IDS.entries()) {
      await page.getByRole("tab", { name: "Шаблони" }).click();
      const form = page.getByRole("form", { name: "Шаблони" });
      await form.getByRole("radio", { name: new RegExp(TEMPLATE_TITLES[id].uk.replace(/[()]/g, "\\$&")) }).check();
      if (k === 0) {
        await screenshot(page, "20-templates-gallery");
        await form.getByLabel(/Організація/).fill(details.organisation);
        await form.getByLabel(/^Рік/).fill(String(details.year));
        await form.getByLabel("Квартал", { exact: true }).selectOption("2");
        await form.getByLabel(/Відповідальна особа/).fill(details.responsible);
        await screenshot(page, "20-templates-details");
      }
      await form.getByRole("button", { name: "Вставити" }).click();
      const expected = buildTemplate(id, details, names, k + 1);
      names.push(expected.name);
      await pane().getByText(`Вставлено аркуш «${expected.name}».`, { exact: false }).waitFor();
      await page.locator(`nav[aria-label="Sheets"] button[aria-current="page"]`, { hasText: expected.name }).waitFor();
      // Check as the official would: the recorded form, and not one error on a fresh sheet.
      await page.getByRole("button", { name: /^Перевірити/ }).click();
      await idle();
      await expect(pane().locator(`[data-form="${expected.form}"]`).count()).resolves.toBe(1);
      await expect(pane().locator('[data-severity-count="error"]').count()).resolves.toBe(0);
      await screenshot(page, `21-template-${id}`);
    }
    await expect(page.locator('nav[aria-label="Sheets"] button').count()).resolves.toBe(1 + TEMPLATE_IDS.length);
    // An inserted sheet is a tab like any other: back to the report and to a template again.
    await page.locator('nav[aria-label="Sheets"] button', { hasText: "Звіт I кв 2020" }).click();
    await page.locator('table[data-sheet="Звіт I кв 2020"]').waitFor();
    await page.locator('nav[aria-label="Sheets"] button', { hasText: names[2] }).click();
    await page.locator(`table[data-sheet="${names[2]}"]`).waitFor();
  });

  it("computes a plan, accepts the replace offer, and Check finds no total mismatch", async () => {
    await open("plan-2022-public");
    await page.getByRole("button", { name: "Обчислити" }).click();
    const question = pane().locator('[data-question="replace-totals"]');
    await question.getByText("Замінити 2 значення формулою суми?").waitFor();
    await expect(page.locator('td[data-cell="K16"]').textContent()).resolves.toBe("12");
    await screenshot(page, "22-plan-replace-offer");
    await question.getByRole("button", { name: "Замінити всі" }).click();
    await pane().getByText("Замінено 2 значення формулою суми.").waitFor();
    await expect(page.locator('td[data-cell="K16"]').textContent()).resolves.toBe("16");
    await page.getByRole("button", { name: /^Перевірити/ }).click();
    await idle();
    await expect(pane().locator('[data-group="total-mismatch"]').count()).resolves.toBe(0);
    await expect(pane().locator('[data-group="total-missing"]').count()).resolves.toBe(0);
    await screenshot(page, "23-plan-computed-checked");
    // The pane follows the sheet tabs: «Примітки» is not a form, and back on the plan it is one again.
    const tab = (name: string) => page.locator('nav[aria-label="Sheets"] button', { hasText: name });
    await tab("Примітки").click();
    await pane().locator('[data-form="none"]').waitFor();
    await pane().getByText("Аркуш «Примітки»").waitFor();
    await screenshot(page, "23a-plan-notes-followed");
    await tab("План 2022").click();
    await pane().locator('[data-form="annual-plan"]').waitFor();
    await pane().getByText("Аркуш «План 2022»").waitFor();
    await expect(pane().locator("[data-other-sheet]").count()).resolves.toBe(0);
  });

  it("computes a report, adding the % column after asking", async () => {
    await open("report-q1-2020-kramatorsk");
    await page.getByRole("button", { name: "Обчислити" }).click();
    await pane().getByText("Додати стовпець «% виконання» після «Факт»?").waitFor();
    await screenshot(page, "24-report-percent-question");
    await pane().getByRole("button", { name: "Додати стовпець" }).click();
    await pane().getByText(/^Формули записано в 41 клітинку/).waitFor();
    await expect(page.locator('td[data-cell="H4"]').textContent()).resolves.toBe("% виконання");
    await expect(page.locator('td[data-cell="H6"]').textContent()).resolves.toMatch(/^\d+(,\d)?%$/);
    await expect(pane().locator("[data-execution]").textContent()).resolves.toBe("Виконання: 91,8 % (середнє числових заходів, кожен до 100 %)");
    // Bring the new column into view, as the official would scroll to it.
    await page.getByTestId("sheet-grid").evaluate((grid) => (grid.scrollLeft = grid.scrollWidth));
    await screenshot(page, "25-report-percent-added");
    await pane().locator('[data-rollup="sections"] summary').click();
    await pane().locator('[data-rollup="sections"] li').first().scrollIntoViewIfNeeded();
    await screenshot(page, "26-report-summary-sections");
    await pane().locator('[data-rollup="executors"] summary').click();
    await pane().evaluate((el) => (el.scrollTop = el.scrollHeight));
    await screenshot(page, "27-report-summary-executors");
  });
}
