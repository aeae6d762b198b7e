/**
 * The task pane beside an in-memory workbook: what `npm start` serves at /preview.html, for
 * machines without Excel. The pane is the real one and talks to the fake through the real adapter.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { FakeExcel } from "../fake-excel";
import { TaskPane } from "../taskpane/TaskPane";
import { WorkbookView } from "./WorkbookView";
import { useStyles } from "./styles";
import { useWorkbookVersion } from "./useWorkbookVersion";

/** Quick ways into the fixtures worth trying: a report to check, a plan whose totals disagree. */
const EXAMPLES = [
  { fixture: "report-q1-2020-kramatorsk", label: "Звіт (Краматорськ)", why: "A report without a % column: Compute asks to add it" },
  { fixture: "report-q3-2021-public", label: "Звіт з помилками", why: "A report with unexplained shortfalls and invalid values" },
  { fixture: "plan-2022-public", label: "План 2022 (розбіжні суми)", why: "An annual plan with typed totals that disagree with their quarters" },
];

export interface PreviewProps {
  excel: FakeExcel;
  fixture: string;
  fixtures: string[];
}

export function Preview({ excel, fixture, fixtures }: PreviewProps) {
  const styles = useStyles();
  const book = excel.book;
  useWorkbookVersion(book);
  const active = book.active();

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <div className={styles.bar} role="region" aria-label="Preview">
          <span className={styles.barTitle}>Pokaznyk · preview</span>
          <label className={styles.barLabel}>
            Fixture
            <select
              className={styles.select}
              value={fixture}
              onChange={(event) => {
                const url = new URL(window.location.href);
                url.searchParams.set("fixture", event.target.value);
                window.location.assign(url.toString());
              }}
            >
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
              checked={book.apiVersion !== "1.13"}
              onChange={(event) => {
                book.apiVersion = event.target.checked ? "1.12" : "1.13";
                book.notify();
              }}
            />
            Old Excel
          </label>
        </div>
        <WorkbookView book={book} />
        <aside className={styles.pane} aria-label="Task pane" data-testid="task-pane">
          <TaskPane host={excel} />
        </aside>
      </div>
    </FluentProvider>
  );
}
