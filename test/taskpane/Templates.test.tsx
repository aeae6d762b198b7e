import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { TEMPLATE_IDS, TEMPLATE_TITLES } from "../../src/core";
import { DETAILS_KEY } from "../../src/taskpane/state/details-storage";
import { renderPane } from "./render";

beforeEach(() => localStorage.clear());

/** Lets the pane's start-up read (marks left in the workbook) finish. */
const settle = () => act(async () => {});

function openGallery() {
  fireEvent.click(screen.getByRole("tab", { name: "Шаблони" }));
  return screen.getByRole("form", { name: "Шаблони" });
}

function fill(form: HTMLElement, label: RegExp, value: string) {
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });
}

describe("templates gallery", () => {
  it("lists every form with a title and a line about each", async () => {
    await renderPane("report-q1-2020-kramatorsk");
    await settle();
    const form = openGallery();
    const radios = within(form).getAllByRole("radio");
    expect(radios).toHaveLength(TEMPLATE_IDS.length);
    for (const id of TEMPLATE_IDS) {
      expect(within(form).getByText(TEMPLATE_TITLES[id].uk)).toBeTruthy();
    }
    expect(within(form).getByText(/Заходи на рік із показниками по кварталах/)).toBeTruthy();
  });

  it("inserts the chosen form as a new active sheet, and Check knows it at once", async () => {
    const { excel } = await renderPane("report-q1-2020-kramatorsk");
    const form = openGallery();
    fireEvent.click(within(form).getByRole("radio", { name: /^Річний план діяльності/ }));
    // The quarter is asked only for the quarterly report.
    expect(within(form).queryByLabelText("Квартал")).toBeNull();
    fill(form, /Організація/, "Краматорського місцевого центру");
    fill(form, /^Рік/, "2026");
    fill(form, /Відповідальна особа/, "Іваненко І. І.");
    await act(async () => fireEvent.click(within(form).getByRole("button", { name: "Вставити" })));
    await screen.findByText("Вставлено аркуш «План 2026». Заповніть рядки заходів і натисніть «Перевірити».");
    expect(excel.book.activeSheet).toBe("План 2026");
    expect(excel.book.names.map((n) => n.name)).toEqual(["Pokaznyk.annual_plan.1"]);
    expect(document.querySelector('[data-form="annual-plan"]')).not.toBeNull();
    expect(document.querySelector('[data-severity-count="error"]')).toBeNull();
    expect(screen.getByText("Аркуш «План 2026»")).toBeTruthy();
  });

  it("offers the annual report under its own title and does not call it a quarter's report", async () => {
    const { excel } = await renderPane("report-q1-2020-kramatorsk");
    const form = openGallery();
    fireEvent.click(within(form).getByRole("radio", { name: /^Звіт про виконання річного плану діяльності/ }));
    expect(within(form).queryByLabelText("Квартал")).toBeNull();
    fill(form, /Організація/, "Центру");
    fill(form, /^Рік/, "2026");
    await act(async () => fireEvent.click(within(form).getByRole("button", { name: "Вставити" })));
    await waitFor(() => expect(excel.book.activeSheet).toBe("Річний звіт 2026"));
    expect(excel.book.sheet("Річний звіт 2026")!.cell(1, 1)?.value).toBe("Звіт про виконання річного плану діяльності Центру");
    // Checked as a report on plan execution: the form's name says no quarter.
    expect((await screen.findByText(/^Форма:/)).textContent).toBe("Форма: Звіт про виконання плану діяльності");
  });

  it("remembers the details and uses the quarter in the sheet's name", async () => {
    const first = await renderPane("report-q1-2020-kramatorsk");
    let form = openGallery();
    fill(form, /Організація/, "Центру");
    fill(form, /^Рік/, "2025");
    fireEvent.change(within(form).getByLabelText("Квартал"), { target: { value: "3" } });
    expect(JSON.parse(localStorage.getItem(DETAILS_KEY) ?? "{}")).toMatchObject({ organisation: "Центру", year: 2025, quarter: 3 });
    first.unmount();

    const { excel } = await renderPane("report-q1-2020-kramatorsk");
    form = openGallery();
    expect((within(form).getByLabelText(/Організація/) as HTMLInputElement).value).toBe("Центру");
    await act(async () => fireEvent.click(within(form).getByRole("button", { name: "Вставити" })));
    await waitFor(() => expect(excel.book.activeSheet).toBe("Звіт III кв 2025"));
  });

  it("asks for the organisation and a sensible year before inserting", async () => {
    const { excel } = await renderPane("report-q1-2020-kramatorsk");
    await settle();
    const form = openGallery();
    fill(form, /^Рік/, "25");
    fireEvent.click(within(form).getByRole("button", { name: "Вставити" }));
    expect(within(form).getByText("Вкажіть організацію.")).toBeTruthy();
    expect(within(form).getByText("Рік — число від 2000 до 2100.")).toBeTruthy();
    expect(excel.book.sheets).toHaveLength(1);
  });

  it("says what this Excel skipped, and never overwrites a sheet", async () => {
    const { excel } = await renderPane("report-q1-2020-kramatorsk");
    const isSet = excel.isSetSupported.bind(excel);
    excel.isSetSupported = (name, version) => version !== "1.9" && isSet(name, version);
    let form = openGallery();
    fill(form, /Організація/, "Центру");
    fill(form, /^Рік/, "2020");
    fireEvent.change(within(form).getByLabelText("Квартал"), { target: { value: "1" } });
    await act(async () => fireEvent.click(within(form).getByRole("button", { name: "Вставити" })));
    // "Звіт I кв 2020" is the fixture's own sheet: the new one gets a fresh name.
    const notice = await screen.findByText(/Вставлено аркуш «Звіт I кв 2020 \(2\)»/);
    expect(notice.textContent).toMatch(/Цей Excel не підтримує: налаштування друку/);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["Звіт I кв 2020", "Звіт I кв 2020 (2)"]);

    form = openGallery();
    await act(async () => fireEvent.click(within(form).getByRole("button", { name: "Вставити" })));
    await waitFor(() => expect(excel.book.sheets).toHaveLength(3));
    expect(excel.book.sheets[2].name).toBe("Звіт I кв 2020 (3)");
  });
});
