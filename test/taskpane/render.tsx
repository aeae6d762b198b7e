import { render } from "@testing-library/react";
import type { Lang } from "../../src/core/types";
import { FakeExcel } from "../../src/fake-excel";
import { TaskPane } from "../../src/taskpane/TaskPane";
import { fixtureJson } from "../excel/helpers";

// jsdom has no ResizeObserver; Fluent's TabList measures its selection indicator with one.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

/** The real task pane on the fake Excel, loaded from a fixture. */
export async function renderPane(fixture: string, options: { lang?: Lang; sheet?: string } = {}) {
  const excel = FakeExcel.fromJson(await fixtureJson(fixture));
  if (options.sheet) excel.book.activeSheet = options.sheet;
  const view = render(<TaskPane host={excel} lang={options.lang} />);
  return { excel, ...view };
}
