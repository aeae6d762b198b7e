/**
 * The task pane beside an in-memory workbook: what `npm start` serves at /preview.html, for
 * machines without Excel. The pane is the real one and talks to the fake through the real adapter.
 * The workbook is a fixture, or the user's own file («Відкрити файл…» or dropped on the page).
 */
import { FluentProvider, mergeClasses, webLightTheme } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Lang } from "../core/types";
import { CURRENT_EXCEL_API, FakeExcel } from "../fake-excel";
import { TaskPane } from "../taskpane/TaskPane";
import { OpenFileButton, useDocumentLang, useFileDrop } from "./OpenFile";
import { WorkbookView } from "./WorkbookView";
import { leftOutMessage, openWorkbookFile, problemMessage } from "./open-file";
import { useStyles } from "./styles";
import { useWorkbookVersion } from "./useWorkbookVersion";

/** Quick ways into the fixtures worth trying: a report to check, a plan whose totals disagree. */
const EXAMPLES = [
  { fixture: "report-q1-2020-kramatorsk", label: "Звіт (Краматорськ)", why: "A report without a % column: Compute asks to add it" },
  { fixture: "report-q3-2021-public", label: "Звіт з помилками", why: "A report with unexplained shortfalls and invalid values" },
  { fixture: "plan-2022-public", label: "План 2022 (розбіжні суми)", why: "An annual plan with typed totals that disagree with their quarters" },
];

/** The workbook on show: a fixture by name, or a file the user opened. */
export interface Shown {
  excel: FakeExcel;
  /** The fixture's name, or null for the user's own file. */
  fixture: string | null;
  /** The file's name or the fixture's. */
  source: string;
  /** Sheets Excel would not show a tab for. */
  hidden: string[];
}

export interface PreviewProps {
  initial: Shown;
  fixtures: string[];
}

/** For debugging in the console, and for browser tests that check the workbook itself. */
export function expose(excel: FakeExcel): void {
  (window as unknown as { pokaznykPreview: unknown }).pokaznykPreview = { excel };
}

export function Preview({ initial, fixtures }: PreviewProps) {
  const styles = useStyles();
  const [shown, setShown] = useState(initial);
  // Each opened file gets a fresh pane, as a newly opened workbook gets a fresh task pane in Excel.
  const [generation, setGeneration] = useState(0);
  const [opening, setOpening] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: (lang: Lang) => string } | null>(null);
  const lang = useDocumentLang();
  const { excel, fixture } = shown;
  const book = excel.book;
  useWorkbookVersion(book);
  const active = book.active();

  // One file at a time: a second drop while the first is unpacked is ignored.
  const busy = useRef(false);
  const openFile = async (file: File) => {
    if (busy.current) return;
    busy.current = true;
    setOpening(true);
    setMessage(null);
    const opened = await openWorkbookFile(file);
    busy.current = false;
    setOpening(false);
    if (!opened.ok) {
      setMessage({ error: true, text: (l) => problemMessage(file.name, opened.problem, l) });
      return;
    }
    let next: FakeExcel;
    try {
      next = FakeExcel.fromJson(opened.json);
    } catch (error) {
      // Whatever the fake cannot hold is still one line, and the workbook shown stays.
      setMessage({ error: true, text: (l) => problemMessage(file.name, { kind: "corrupt", detail: String((error as Error)?.message ?? error).slice(0, 120) }, l) });
      return;
    }
    expose(next);
    document.title = `Pokaznyk preview · ${file.name}`;
    setShown({ excel: next, fixture: null, source: file.name, hidden: opened.hidden });
    setGeneration((g) => g + 1);
    const { notes } = opened;
    if (notes) setMessage({ error: false, text: (l) => leftOutMessage(notes, l) });
  };
  const drop = useFileDrop((file) => void openFile(file));

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={mergeClasses(styles.page, drop.dragging && styles.dropping)} {...drop.handlers} data-testid="preview-page">
        <div className={styles.bar} role="region" aria-label="Preview">
          <span className={styles.barTitle}>Pokaznyk · preview</span>
          <OpenFileButton lang={lang} busy={opening} onFile={(file) => void openFile(file)} />
          <label className={styles.barLabel}>
            Fixture
            <select
              className={styles.select}
              value={fixture ?? ""}
              onChange={(event) => {
                const url = new URL(window.location.href);
                url.searchParams.set("fixture", event.target.value);
                window.location.assign(url.toString());
              }}
            >
              {fixture === null ? <option value="">{shown.source}</option> : null}
              {fixtures.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <nav className={styles.barLinks} aria-label="Examples">
            {EXAMPLES.filter((e) => fixtures.includes(e.fixture)).map((e) => (
              <a key={e.fixture} className={styles.barLink} href={`?fixture=${e.fixture}`} aria-current={e.fixture === fixture ? "page" : undefined} title={e.why}>
                {e.label}
              </a>
            ))}
          </nav>
          <label className={styles.barLabel} title="Excel refuses every request while a cell is being edited">
            <input
              type="checkbox"
              checked={book.cellEditMode}
              onChange={(event) => {
                book.cellEditMode = event.target.checked;
                book.notify();
              }}
            />
            Cell edit mode
          </label>
          <label className={styles.barLabel} title="Protect the active sheet">
            <input
              type="checkbox"
              checked={!!active?.protected}
              onChange={(event) => {
                if (active) active.protected = event.target.checked;
                book.notify();
              }}
            />
            Protected sheet
          </label>
          <label className={styles.barLabel} title="Pretend this Excel supports only ExcelApi 1.12">
            <input
              type="checkbox"
              checked={book.apiVersion !== CURRENT_EXCEL_API}
              onChange={(event) => {
                book.apiVersion = event.target.checked ? "1.12" : CURRENT_EXCEL_API;
                book.notify();
              }}
            />
            Old Excel
          </label>
          {opening || message ? (
            <span className={message?.error ? styles.barError : styles.barNote} role={message?.error ? "alert" : "status"} data-testid="open-message">
              {opening ? (lang === "en" ? "Opening…" : "Відкриваю…") : message?.text(lang)}
            </span>
          ) : null}
        </div>
        <WorkbookView book={book} hidden={shown.hidden} />
        <aside className={styles.pane} aria-label="Task pane" data-testid="task-pane">
          <TaskPane key={generation} host={excel} />
        </aside>
      </div>
    </FluentProvider>
  );
}
