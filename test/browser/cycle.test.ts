/**
 * Issue 12 in a real browser, the pane at 350 px: «Створити звіт за квартал» on an annual plan
 * makes a report sheet Check recognises, with only the facts to fill in; a plan value changed on
 * it shows the approved one, and «Взяти з плану» puts it back after a yes. Screenshots go to
 * test-output/screenshots/ (40-…).
 */
import type { Page } from "playwright-core";
import { browserSession, hasChromium, screenshot } from "./harness";

const maybe = hasChromium ? describe : describe.skip;
jest.setTimeout(90_000);

interface PreviewWindow {
  pokaznykPreview: {
    excel: {
      type(sheet: string, cell: string, text: string): void;
      book: { sheets: { name: string }[]; activeSheet: string; names: { name: string; formula: string }[]; sheet(name: string): { cell(r: number, c: number): { value: unknown } | undefined } };
    };
  };
}

maybe("issue 12 in the preview at 350 px", () => {
  // The signature line takes the remembered responsible person (without one, the placeholder is an error).
  const session = browserSession((context) =>
    context.addInitScript(() => {
      localStorage.setItem("pokaznyk.template-details", JSON.stringify({ organisation: "", year: 2023, quarter: 2, responsible: "Директор Мілчан А.В." }));
    }),
  );
  let page: Page;
  beforeEach(() => {
    page = session.page;
  });

  const pane = () => page.getByTestId("task-pane");
  const idle = () => page.locator("main:not([aria-busy])").waitFor();
  const shot = async (name: string) => pane().screenshot({ path: (await screenshot(page, `${name}-full`)).replace("-full", "-pane") });

  async function open(fixture: string) {
    await page.goto(`${session.origin}/preview.html?fixture=${fixture}`);
    await page.locator("table[data-sheet]").waitFor();
    await pane().evaluate((el) => {
      (el.parentElement as HTMLElement).style.gridTemplateColumns = "minmax(0, 1fr) 350px";
    });
  }

  async function checkBook() {
    await pane().getByRole("toolbar").getByRole("button", { name: /^(Перевірити книгу|Перевірити знову)$/ }).click();
    await page.locator("[data-verdict]").waitFor();
    await idle();
  }

  async function fitsWidth() {
    const [scroll, client] = await pane().evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scroll).toBeLessThanOrEqual(client);
  }

  const errorGroups = () => page.locator('[data-group][data-severity="error"]:not([data-accepted-group])').evaluateAll((els) => els.map((e) => e.getAttribute("data-group")));

  it("makes a quarterly report from the plan, then takes a changed plan value back from it", async () => {
    await open("plan-2023-zhytomyr");
    await checkBook();
    await pane().getByRole("button", { name: "Створити звіт за квартал" }).click();
    const form = page.locator("[data-report-from-plan-form]");
    await form.getByRole("combobox").selectOption("2");
    await fitsWidth();
    await shot("40-report-from-plan-form");
    await form.getByRole("button", { name: "Створити" }).click();
    await page.getByText("Аркуш «Звіт II кв 2023»", { exact: true }).waitFor();
    await idle();
    const made = await page.evaluate(() => (window as unknown as PreviewWindow).pokaznykPreview.excel.book.activeSheet);
    expect(made).toBe("Звіт II кв 2023");
    await expect(pane().getByText("Форма: Звіт про виконання плану діяльності").count()).resolves.toBe(1);
    await expect(errorGroups()).resolves.toEqual(["fact-missing"]);
    await expect(page.locator('[data-group="plan-differs-from-approved"]').count()).resolves.toBe(0);
    const link = await page.evaluate(() => (window as unknown as PreviewWindow).pokaznykPreview.excel.book.names.find((n) => n.name.startsWith("PokaznykPlan."))?.formula);
    expect(link).toMatch(/^='План 2023'!\$A\$\d+:\$[A-Z]+\$\d+$/);
    await fitsWidth();
    await screenshot(page, "41-report-from-plan-made");
    await shot("41-report-from-plan-made");

    // The official types another plan over the approved one.
    const approved = await page.evaluate((sheet) => (window as unknown as PreviewWindow).pokaznykPreview.excel.book.sheet(sheet).cell(8, 6)?.value, made);
    expect(typeof approved).toBe("number");
    await page.evaluate((sheet) => (window as unknown as PreviewWindow).pokaznykPreview.excel.type(sheet, "F8", "11"), made);
    await page.getByText("Аркуш змінено — перевірте ще раз").waitFor();
    await checkBook();
    const differs = page.locator('[data-group="plan-differs-from-approved"]');
    await expect(differs.getAttribute("data-severity")).resolves.toBe("warning");
    const item = differs.locator('[data-cell="F8"]');
    // The approved value, from the plan's quarter-II column (H).
    await expect(item.textContent()).resolves.toContain(`«План» у звіті — 11, а у затвердженому плані («План 2023», H13) на II квартал — ${approved}.`);
    await fitsWidth();
    await shot("42-plan-differs");
    await item.getByRole("button", { name: "Взяти з плану" }).click();
    const question = page.locator("[data-fix-question]");
    await expect(question.textContent()).resolves.toMatch(/Взяти з плану: буде змінено 1 клітинку/);
    await shot("43-take-from-plan-question");
    await question.getByRole("button", { name: "Змінити" }).click();
    await page.getByText("Змінено 1 клітинку.").waitFor();
    await idle();
    const after = await page.evaluate((sheet) => (window as unknown as PreviewWindow).pokaznykPreview.excel.book.sheet(sheet).cell(8, 6)?.value, made);
    expect(after).toBe(approved);
    await expect(page.locator('[data-group="plan-differs-from-approved"]').count()).resolves.toBe(0);
    await expect(page.locator("[data-fix-changes]").textContent()).resolves.toContain(`F811 → ${approved}`);
    await shot("44-taken-from-plan");
  });
});
