/**
 * The preview's «Відкрити файл…» button (a hidden file input behind it) and dropping a file on the
 * page. Both hand the file to the same `onFile`; the button speaks the pane's language.
 */
import { useEffect, useRef, useState, type DragEvent } from "react";
import type { Lang } from "../core/types";
import { useStyles } from "./styles";

/** The language the pane shows (it sets <html lang>), followed as the user switches it. */
export function useDocumentLang(): Lang {
  const read = (): Lang => (document.documentElement.lang === "en" ? "en" : "uk");
  const [lang, setLang] = useState<Lang>(read);
  useEffect(() => {
    const observer = new MutationObserver(() => setLang(read()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["lang"] });
    setLang(read());
    return () => observer.disconnect();
  }, []);
  return lang;
}

export function OpenFileButton({ lang, busy, onFile }: { lang: Lang; busy: boolean; onFile: (file: File) => void }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className={styles.openButton}
        disabled={busy}
        title={lang === "en" ? "Open your own .xlsx workbook (it stays in this browser); or drop it on the page" : "Відкрити власну книгу .xlsx (вона лишається в цьому браузері); або перетягніть її на сторінку"}
        onClick={() => input.current?.click()}
      >
        {lang === "en" ? "Open file…" : "Відкрити файл…"}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        data-testid="open-file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so choosing the same file again (after editing it) opens it again.
          event.target.value = "";
          if (file) onFile(file);
        }}
      />
    </>
  );
}

/** Drag-and-drop of a file anywhere on the page: the handlers for the page, and whether a file is over it. */
export function useFileDrop(onFile: (file: File) => void): { dragging: boolean; handlers: Record<string, (event: DragEvent) => void> } {
  const [dragging, setDragging] = useState(false);
  const carriesFile = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes("Files");
  return {
    dragging,
    handlers: {
      onDragOver: (event) => {
        if (!carriesFile(event)) return;
        // Without this the browser would open the file itself, leaving the preview.
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
        setDragging(true);
      },
      onDragLeave: (event) => {
        // Leaving a child for another child is no leaving the page.
        if (event.relatedTarget === null || !(event.currentTarget as Node).contains(event.relatedTarget as Node)) setDragging(false);
      },
      onDrop: (event) => {
        if (!carriesFile(event)) return;
        event.preventDefault();
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (file) onFile(file);
      },
    },
  };
}
