/**
 * Issue 11 in the pane, on the fake Excel: «Додати файли центрів…» brings three centres' .xlsx
 * files in as sheets named after the files (their report sheets only), «Зведення» then sums them,
 * «Прибрати додані аркуші» takes exactly those sheets out again (asking first when the summary
 * links them, leaving any the official has worked on), and a file that cannot come in
 * is named with the reason while the others still come.
 */
import { Blob as NodeBlob } from "node:buffer";
import { DecompressionStream as NodeDecompressionStream } from "node:stream/web";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FakeExcel, sheetSnapshot } from "../../src/fake-excel";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ImportCentres } from "../../src/taskpane/components/ImportCentres";
import { LocaleProvider } from "../../src/taskpane/locale/LocaleContext";
import { TaskPane } from "../../src/taskpane/TaskPane";
import { DETAILS_KEY } from "../../src/taskpane/state/details-storage";
import { resetReasonsCache } from "../../src/taskpane/state/reasons-storage";
import type { CentreFile } from "../../src/taskpane/state/centre-files";
import { putRows, workbookBytes } from "../helpers/xlsx";

globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

// jsdom lacks what every browser Excel runs add-ins in has: DecompressionStream and Blob.stream().
const scope = globalThis as unknown as Record<string, unknown>;
const jsdomBlob = scope.Blob;
beforeAll(() => {
  scope.DecompressionStream = NodeDecompressionStream;
  scope.Blob = NodeBlob;
});
afterAll(() => {
  delete scope.DecompressionStream;
  scope.Blob = jsdomBlob;
});

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(DETAILS_KEY, JSON.stringify({ organisation: "", year: 2024, quarter: 2, responsible: "Петренко П. П." }));
  resetReasonsCache();
});

type Row = (string | number | null)[];
const HEADER: Row = ["№ з/п", "Найменування заходу", "Відповідальний виконавець", "Показник", "План", "Факт", "Примітка у разі недовиконання плану"];
const report = (centre: string, rows: Row[], lower = 0): Row[] => [[`Звіт про виконання плану діяльності ${centre} центру`], ["за II квартал 2024 року"], ...Array.from({ length: 1 + lower }, () => []), HEADER, ...rows];

/** A file as the picker hands it over. */
function file(name: string, bytes: Uint8Array): CentreFile {
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
}

async function centre(name: string, sheets: Record<string, Row[]>): Promise<CentreFile> {
  const bytes = await workbookBytes((wb) => {
    for (const [sheet, rows] of Object.entries(sheets)) putRows(wb.addWorksheet(sheet), rows);
  });
  return file(name, new Uint8Array(bytes));
}

/** The office's workbook: a sheet of its own, not a form. */
function office(): FakeExcel {
  return FakeExcel.fromJson({ activeSheet: "Аркуш1", sheets: [{ name: "Аркуш1", cells: [{ r: 1, c: 1, v: "Зведення центрів області" }] }] });
}

async function checkSheet(lang: "uk" | "en" = "uk") {
  fireEvent.click(screen.getByRole("button", { name: lang === "uk" ? /^Перевірити/ : /^Check/ }));
  await waitFor(() => expect(document.querySelector("main[aria-busy]")).toBeNull());
}

async function choose(files: CentreFile[], lang: "uk" | "en" = "uk") {
  const picker = await screen.findByLabelText(lang === "uk" ? "Додати файли центрів…" : "Add centres' files…");
  await act(async () => fireEvent.change(picker, { target: { files } }));
  await waitFor(() => expect(document.querySelector("[data-import-outcome]")).not.toBeNull());
  await waitFor(() => expect(document.querySelector("main[aria-busy]")).toBeNull());
}

/** Clicks a pane button once the pane is idle and the button enabled (a change typed in may set the pane re-reading). */
async function press(name: string) {
  await waitFor(() => expect(document.querySelector("main[aria-busy]")).toBeNull());
  const button = await screen.findByRole("button", { name });
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  await act(async () => fireEvent.click(button));
}

describe("«Додати файли центрів…»", () => {
  it("brings three centres' report sheets in, named after their files, and «Зведення» sums them", async () => {
    const excel = office();
    const files = [
      // A cover letter beside the report: it stays out.
      await centre("Бахмут.xlsx", { Лист: [["Супровідний лист до звіту"]], Звіт: report("Бахмутського", [["1.1", "Лекції", "Відділ", "кількість", 4, 4], ["1.2", "Буклети", "Відділ", "кількість", 10, 8, "Затримка друку"]]) }),
      // The header two rows lower, the measures numbered from 2.
      await centre("Краматорськ.xlsx", { Звіт: report("Краматорського", [["2.1", "Лекції", "Відділ", "кількість", 5, 5], ["2.2", "Буклети", "Відділ", "кількість", 6, 6]], 2) }),
      // Its sheet's name is the office's own sheet's: Excel renames the copy, the pane names it after the file.
      await centre("Лиман.xlsx", { Аркуш1: report("Лиманського", [["1.1", "Лекції", "Відділ", "кількість", 1, 2]]) }),
    ];
    render(<TaskPane host={excel} />);
    await checkSheet();
    await choose(files);
    expect(screen.getByText("Додано 3 аркуші: «Бахмут», «Краматорськ», «Лиман».")).toBeTruthy();
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["Аркуш1", "Бахмут", "Краматорськ", "Лиман"]);
    expect(excel.book.sheet("Аркуш1")?.cell(1, 1)?.value).toBe("Зведення центрів області");
    // The first added sheet is open and checked, so «Зведення» is at hand.
    expect(excel.book.activeSheet).toBe("Бахмут");
    await press("Зведення");
    await waitFor(() => expect(document.querySelector("[data-consolidate-outcome]")).not.toBeNull());
    expect(screen.getByText(/^Створено аркуш «Зведення II кв 2024»: 3 центри, 2 заходи\./)).toBeTruthy();
    const made = excel.book.sheet("Зведення II кв 2024")!;
    const row = (text: string) => {
      for (let r = 1; r <= 30; r++) if (made.cell(r, 3)?.value === text) return r;
      throw new Error(`no ${text}`);
    };
    // The workbook's own formulas over the added sheets: plans 4 + 5 + 1 and facts 4 + 5 + 2.
    expect([6, 7].map((c) => made.cell(row("Лекції"), c)?.value)).toEqual([10, 11]);
    expect([6, 7].map((c) => made.cell(row("Буклети"), c)?.value)).toEqual([16, 14]);

    // Undoing the import now would break the summary's links: the pane asks first.
    await press("Прибрати додані аркуші");
    await waitFor(() => expect(document.querySelector("[data-import-linked]")).not.toBeNull());
    expect(document.querySelector("[data-import-linked]")!.textContent).toMatch(/^Аркуш «Зведення II кв 2024» посилається на додані аркуші: без них ці формули покажуть #REF!/);
    expect(excel.book.sheets).toHaveLength(5);
    fireEvent.click(screen.getByRole("button", { name: "Залишити" }));
    expect(document.querySelector("[data-import-linked]")).toBeNull();
    expect(excel.book.sheets).toHaveLength(5);
    await press("Прибрати додані аркуші");
    await press("Прибрати все одно");
    await screen.findByText("Прибрано 3 аркуші: «Бахмут», «Краматорськ», «Лиман».");
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["Аркуш1", "Зведення II кв 2024"]);
  });

  it("«Прибрати додані аркуші» deletes exactly the added sheets and nothing of the office's", async () => {
    const excel = office();
    const before = sheetSnapshot(excel.book.sheet("Аркуш1")!);
    render(<TaskPane host={excel} />);
    await checkSheet();
    await choose([
      await centre("Бахмут.xlsx", { Звіт: report("Бахмутського", [["1.1", "Лекції", "Відділ", "кількість", 4, 4]]) }),
      await centre("Лиман.xlsx", { Звіт: report("Лиманського", [["1.1", "Лекції", "Відділ", "кількість", 1, 2]]) }),
    ]);
    expect(excel.book.sheets).toHaveLength(3);
    await press("Прибрати додані аркуші");
    await screen.findByText("Прибрано 2 аркуші: «Бахмут», «Лиман».");
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["Аркуш1"]);
    expect(sheetSnapshot(excel.book.sheet("Аркуш1")!)).toEqual(before);
  });

  it("leaves an added sheet the official has worked on since, and says so", async () => {
    const excel = office();
    render(<TaskPane host={excel} />);
    await checkSheet();
    await choose([
      await centre("Бахмут.xlsx", { Звіт: report("Бахмутського", [["1.1", "Лекції", "Відділ", "кількість", 4, 4]]) }),
      await centre("Лиман.xlsx", { Звіт: report("Лиманського", [["1.1", "Лекції", "Відділ", "кількість", 1, 2]]) }),
    ]);
    // A note typed into Лиман's sheet after it came in: the official's work.
    excel.type("Лиман", "G5", "Уточнено телефоном");
    await press("Прибрати додані аркуші");
    await waitFor(() => expect(document.querySelector("[data-import-removed]")).not.toBeNull());
    expect(document.querySelector("[data-import-removed]")!.textContent).toBe(
      "Прибрано 1 аркуш: «Бахмут». Аркуш «Лиман» не прибрано: його змінено після додавання (там може бути ваша робота). Якщо він не потрібен, видаліть його вручну.",
    );
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["Аркуш1", "Лиман"]);
    expect(excel.book.sheet("Лиман")?.cell(5, 7)?.value).toBe("Уточнено телефоном");
  });

  it("names each file that cannot come in with the reason, and brings the others in", async () => {
    const excel = office();
    render(<TaskPane host={excel} lang="en" />);
    await checkSheet("en");
    const old = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const huge: CentreFile = { name: "Скани.xlsx", size: 6 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error("a file too large is never read")) };
    await choose(
      [
        file("Старий.xls.xlsx", old),
        await centre("Лист.xlsx", { Лист: [["Супровідний лист"]] }),
        huge,
        await centre("Лиман.xlsx", { Звіт: report("Лиманського", [["1.1", "Лекції", "Відділ", "кількість", 1, 2]]) }),
      ],
      "en",
    );
    const outcome = document.querySelector("[data-import-outcome]")!.textContent ?? "";
    expect(outcome).toMatch(/^Added 1 sheet: “Лиман”\./);
    expect(outcome).toMatch(/Старий\.xls\.xlsx: an old \.xls workbook or a password-protected one/);
    expect(outcome).toMatch(/Лист\.xlsx: the file holds no report or plan that can be consolidated/);
    expect(outcome).toMatch(/Скани\.xlsx: the file is too large: Excel takes files of up to 3\.7 MB from an add-in/);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["Аркуш1", "Лиман"]);
  });

  it("refuses a report already added, under its own name or another, so «Зведення» does not sum it twice", async () => {
    const excel = office();
    render(<TaskPane host={excel} />);
    await checkSheet();
    const bakhmut = () => centre("Бахмут.xlsx", { Звіт: report("Бахмутського", [["1.1", "Лекції", "Відділ", "кількість", 4, 4]]) });
    await choose([await bakhmut()]);
    const resent = { ...(await bakhmut()), name: "Бахмут повторно.xlsx" };
    await choose([await bakhmut(), resent, await centre("Лиман.xlsx", { Звіт: report("Лиманського", [["1.1", "Лекції", "Відділ", "кількість", 1, 2]]) })]);
    const outcome = document.querySelector("[data-import-outcome]")!.textContent ?? "";
    expect(outcome).toMatch(/^Додано 1 аркуш: «Лиман»\./);
    expect(outcome).toMatch(/Бахмут\.xlsx: цей звіт уже додано як аркуш «Бахмут»/);
    expect(outcome).toMatch(/Бахмут повторно\.xlsx: цей звіт уже додано як аркуш «Бахмут»/);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["Аркуш1", "Бахмут", "Лиман"]);
  });

  it("on an Excel that claims ExcelApi 1.13 but lacks the call, says how to bring the sheets in by hand", async () => {
    const excel = office();
    // Some Mac builds claim the set and lack part of it: the client's own check then refuses the call.
    excel.book.apiVersion = "1.12";
    excel.isSetSupported = () => true;
    render(<TaskPane host={excel} />);
    await checkSheet();
    await choose([await centre("Лиман.xlsx", { Звіт: report("Лиманського", [["1.1", "Лекції", "Відділ", "кількість", 1, 2]]) })]);
    expect(document.querySelector("[data-import-outcome]")!.textContent).toMatch(/Лиман\.xlsx: Додавати файли центрів уміє Excel з ExcelApi 1\.13.*«Переміщення або копіювання…»/);
    expect(excel.book.sheets).toHaveLength(1);
  });

  it("on an Excel without ExcelApi 1.13 offers no picker, and says how to bring the sheets in by hand", () => {
    const never = () => Promise.reject(new Error("not offered"));
    render(
      <FluentProvider theme={webLightTheme}>
        <LocaleProvider initial="en">
          <ImportCentres busy={false} supported={false} onImport={never} onRemove={never} />
        </LocaleProvider>
      </FluentProvider>,
    );
    expect(screen.queryByRole("button", { name: "Add centres' files…" })).toBeNull();
    expect(screen.queryByLabelText("Add centres' files…")).toBeNull();
    expect(document.querySelector("[data-import-unsupported]")!.textContent).toMatch(/^Adding centres' files needs an Excel with ExcelApi 1\.13.*“Move or Copy…”/);
  });
});
