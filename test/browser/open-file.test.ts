/**
 * «Відкрити файл…» in a real browser: chromium's own DecompressionStream unpacks the user's file,
 * the grid shows it as Excel would (dates as dates, the whole-row title across the sheet), and
 * the real pane checks it; a file that is no workbook gets one line, and dropping a file on the
 * page opens it too. Screenshots (pane 350 px wide) go to test-output/screenshots/.
 */
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { browserSession, hasChromium, ROOT, screenshot } from "./harness";

const maybe = hasChromium ? describe : describe.skip;
jest.setTimeout(90_000);

const FIXTURES = path.join(ROOT, "test/fixtures");

maybe("the preview opens the user's own file", () => {
  const session = browserSession();
  let page: Page;
  beforeEach(async () => {
    page = session.page;
    await page.goto(`${session.origin}/preview.html?fixture=report-q1-2020-kramatorsk`);
    await page.locator("table[data-sheet]").waitFor();
  });

  async function chooseFile(file: string) {
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Відкрити файл…" }).click();
    await (await chooser).setFiles(file);
  }

  it("opens a report whose facts became dates, shows them as dates, and the pane flags them", async () => {
    await chooseFile(path.join(FIXTURES, "report-q1-2025-dates.xlsx"));
    await page.locator('table[data-sheet="Звіт I кв 2025"]').waitFor();
    await expect(page.locator('td[data-cell="G5"]').textContent()).resolves.toBe("05.01.2025");
    await expect(page.title()).resolves.toBe("Pokaznyk preview · report-q1-2025-dates.xlsx");
    await page.getByRole("button", { name: /^Перевірити/ }).click();
    await page.locator('[data-form="quarterly-report"]').waitFor();
    await expect(page.locator('[data-finding="value-invalid"]').evaluateAll((items) => items.map((li) => li.getAttribute("data-cell")))).resolves.toEqual(["G5", "G8"]);
    await screenshot(page, "20-open-file-dates-checked");

    // The plan sheet's deadlines are dates too: each one read (none "unreadable 45657").
    await page.getByRole("button", { name: "План заходів 2025" }).click();
    await page.locator('table[data-sheet="План заходів 2025"]').waitFor();
    await expect(page.locator('td[data-cell="D5"]').textContent()).resolves.toBe("31.12.2025");
    await page.getByRole("button", { name: /^Перевірити/ }).click();
    await page.locator('[data-form="regional-plan"]').waitFor();
    // Read as dates, so 31.12.2024 in a plan for 2025 is the one deadline outside the plan's year.
    await expect(page.locator("[data-finding]").evaluateAll((items) => items.map((li) => `${li.getAttribute("data-finding")} ${li.getAttribute("data-cell")}`))).resolves.toEqual(["deadline-outside-period D7"]);
    await screenshot(page, "21-open-file-date-deadlines");
  });

  it("says in one line why a file that is no workbook cannot be opened, and keeps the workbook shown", async () => {
    const shownBefore = await page.locator("table[data-sheet]").getAttribute("data-sheet");
    const input = page.getByTestId("open-file");
    await input.setInputFiles({ name: "звіт.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from("Звіт за I квартал\n") });
    await page.locator('[data-testid="open-message"][role="alert"]').waitFor();
    await expect(page.getByTestId("open-message").textContent()).resolves.toBe("звіт.xlsx: Це не книга Excel (.xlsx).");
    await expect(page.locator("table[data-sheet]").getAttribute("data-sheet")).resolves.toBe(shownBefore);
    await screenshot(page, "22-open-file-not-a-workbook");

    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.getByTestId("open-message").textContent()).resolves.toBe("звіт.xlsx: Not an Excel workbook (.xlsx).");
    await page.getByRole("button", { name: "Open file…" }).waitFor();
    await page.getByRole("button", { name: "Перейти на українську" }).click();
  });

  it("opens a file dropped on the page: a title merged over the whole row spans the drawn sheet", async () => {
    const bytes = fs.readFileSync(path.join(FIXTURES, "report-q2-2023-whole-row-merges.xlsx")).toString("base64");
    await page.getByTestId("preview-page").evaluate((target, base64) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], "report-q2-2023-whole-row-merges.xlsx"));
      target.dispatchEvent(new DragEvent("dragover", { bubbles: true, cancelable: true, dataTransfer: transfer }));
      target.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }, bytes);
    await page.locator('table[data-sheet="Звіт II кв 2023"]').waitFor();
    const columns = await page.locator("table[data-sheet] thead th[scope=col]").count();
    await expect(page.locator('td[data-cell="A1"]').getAttribute("colspan")).resolves.toBe(String(columns));
    await page.getByRole("button", { name: /^Перевірити/ }).click();
    await page.locator('[data-form="quarterly-report"]').waitFor();
    await expect(page.locator("[data-finding]").evaluateAll((items) => items.map((li) => `${li.getAttribute("data-finding")} ${li.getAttribute("data-cell")}`).sort())).resolves.toEqual([
      "fact-missing G8",
      "number-hierarchy C10",
      "shortfall-unexplained H7",
    ]);
    await screenshot(page, "23-open-file-dropped-whole-row-merges");
  });
});
