/**
 * The preview in a real browser: `npm start`, Debian's chromium, the Kramatorsk and the Q3 2021
 * fixtures. Checks what a person would see: the selected cell, a shortfall explained, marks on
 * and off with the sheet as before, and a refusal explained; then write-back (./write-back.ts).
 */
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { browserSession, hasChromium, screenshot, SCREENSHOTS } from "./harness";
import { writeBackTests } from "./write-back";

const maybe = hasChromium ? describe : describe.skip;
jest.setTimeout(90_000);

maybe("preview in chromium", () => {
  const session = browserSession();
  let page: Page;
  beforeEach(() => {
    page = session.page;
  });

  async function open(fixture: string) {
    await page.goto(`${session.origin}/preview.html?fixture=${fixture}`);
    await page.locator("table[data-sheet]").waitFor();
  }

  async function check() {
    await page.getByRole("button", { name: /^Перевірити/ }).click();
    await page.locator("[data-form]").waitFor();
  }

  /** What the grid shows: every cell's text, fill and font colour. */
  function gridState() {
    return page.$$eval("td[data-cell]", (cells) =>
      cells.map((td) => {
        const style = getComputedStyle(td);
        return `${td.getAttribute("data-cell")}|${td.textContent}|${style.backgroundColor}|${style.color}`;
      }),
    );
  }

  it("checks the Kramatorsk report and goes to a finding's cell (click and Enter)", async () => {
    await open("report-q1-2020-kramatorsk");
    await screenshot(page, "01-kramatorsk-open");
    await check();
    await page.locator('[data-form="quarterly-report"]').waitFor();
    await screenshot(page, "02-kramatorsk-checked");

    // Four tips of one rule are folded into one line: open them first.
    await page.locator('[data-group="fact-far-above-plan"]').getByRole("button", { name: "Показати всі (4)" }).click();
    await page.getByTitle("Перейти до клітинки G8").click();
    await page.locator('td[data-cell="G8"][data-selected]').waitFor();
    await expect(page.getByTestId("name-box").textContent()).resolves.toBe("G8");
    await screenshot(page, "03-kramatorsk-selected-G8");

    await page.getByTitle("Перейти до клітинки F43").focus();
    await page.keyboard.press("Enter");
    await page.locator('td[data-cell="F43"][data-selected]').waitFor();
    await expect(page.locator("td[data-selected]").count()).resolves.toBe(1);
    await screenshot(page, "04-kramatorsk-selected-F43-by-keyboard");
  });

  it("writes an explanation for a shortfall, and the finding is gone after the re-check", async () => {
    await open("report-q3-2021-public");
    await check();
    const form = page.locator('[data-explain="H7"]');
    await form.getByRole("button", { name: "Типові причини…" }).click();
    await form.getByRole("button", { name: "Перенесено на наступний квартал" }).click();
    const input = form.getByLabel("Пояснення в H7");
    await input.fill("");
    await input.pressSequentially("Захід перенесено на IV квартал");
    await screenshot(page, "05-q3-typing-explanation");
    await input.press("Enter");
    await page.getByText("Пояснення записано в H7.").waitFor();
    await expect(page.locator('[data-group="shortfall-unexplained"] [data-cell="H7"]').count()).resolves.toBe(0);
    await expect(page.locator('[data-group="shortfall-unexplained"] [data-cell]').count()).resolves.toBe(2);
    await expect(page.locator('td[data-cell="H7"]').textContent()).resolves.toBe("Захід перенесено на IV квартал");
    await screenshot(page, "06-q3-explained");
  });

  it("marks problem cells and unmarks them, leaving the sheet exactly as before", async () => {
    await open("report-q3-2021-public");
    await check();
    // Bring the marked area into view first (the sheet is wider than the window).
    await page.getByTitle("Перейти до клітинки H7").click();
    await page.locator('td[data-cell="H7"][data-selected]').waitFor();
    await page.mouse.move(0, 0);
    const before = await gridState();
    const sheetBefore = await page.getByTestId("sheet-grid").screenshot();

    await page.getByRole("button", { name: "Показати на аркуші" }).click();
    await page.getByText(/^Позначено \d+ клітин/).waitFor();
    const marked = await gridState();
    // Excel's "Bad" fill; the text keeps its automatic colour, which the API could not set back.
    expect(marked.find((c) => c.startsWith("H7|"))).toMatch(/rgb\(255, 199, 206\)\|rgb\(0, 0, 0\)$/);
    expect(marked.filter((c, i) => c !== before[i]).length).toBe(8);
    await screenshot(page, "07-q3-marked");

    await page.getByRole("button", { name: "Прибрати позначки" }).click();
    await page.getByText(/^Позначки прибрано/).waitFor();
    expect(await gridState()).toEqual(before);
    const sheetAfter = await page.getByTestId("sheet-grid").screenshot();
    if (!sheetAfter.equals(sheetBefore)) {
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      fs.writeFileSync(path.join(SCREENSHOTS, "diff-sheet-before.png"), sheetBefore);
      fs.writeFileSync(path.join(SCREENSHOTS, "diff-sheet-after.png"), sheetAfter);
    }
    expect(sheetAfter.equals(sheetBefore)).toBe(true);
    await screenshot(page, "08-q3-unmarked");
  });

  it("says what to do when Excel is in cell edit mode", async () => {
    await open("report-q1-2020-kramatorsk");
    await page.getByLabel("Cell edit mode").check();
    await page.getByRole("button", { name: /^Перевірити/ }).click();
    await expect(page.getByRole("alert").textContent()).resolves.toMatch(/Завершіть введення/);
    await screenshot(page, "09-cell-edit-mode");
  });

  it("switches the pane to English", async () => {
    await open("report-q3-2021-public");
    await page.getByRole("button", { name: "Switch to English" }).click();
    await page.getByRole("button", { name: "Check" }).click();
    await page.locator("[data-form]").waitFor();
    await screenshot(page, "10-q3-english");
    await page.reload();
    await page.getByRole("button", { name: "Check" }).waitFor();
    await page.getByRole("button", { name: "Перейти на українську" }).click();
  });

  it("serves taskpane.html with office.js from this server; outside Excel it says where to open it", async () => {
    const failed: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400 && !response.url().endsWith("favicon.ico")) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${session.origin}/taskpane.html`);
    await page.getByText(/Цю панель треба відкривати в Excel/).waitFor({ timeout: 20_000 });
    await screenshot(page, "11-taskpane-outside-excel");
    expect(failed).toEqual([]);
    // office.js warns on the console when loaded outside Office; the page's policy must not refuse anything.
    expect(session.errors.splice(0).filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });

  it("lets no other site read what the server sends, and each page carries a Content-Security-Policy", async () => {
    for (const file of ["preview.html", "taskpane.html", "fixtures/index.json"]) {
      const response = await session.context.request.get(`${session.origin}/${file}`, { headers: { Origin: "https://evil.example" } });
      expect({ file, cors: response.headers()["access-control-allow-origin"] ?? null }).toEqual({ file, cors: null });
      if (file.endsWith(".html")) expect(await response.text()).toMatch(/http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'/);
    }
  });

  describe("write-back", () => writeBackTests(() => ({ page, origin: session.origin })));
});
