/**
 * The templates gallery's state: the details the official typed (remembered between sessions in
 * localStorage, since they rarely change) and the insert command.
 */
import { useCallback, useState } from "react";
import { completeDetails, rememberedDetails, type RememberedDetails, type TemplateId } from "../../core/templates";
import { insertTemplate, runExcel } from "../../excel";
import type { CommandKit } from "./useChecker";

export const DETAILS_KEY = "pokaznyk.template-details";

export type Details = RememberedDetails;

export function loadDetails(today: Date = new Date()): Details {
  try {
    const raw = globalThis.localStorage?.getItem(DETAILS_KEY);
    return rememberedDetails(raw ? JSON.parse(raw) : null, today);
  } catch {
    return rememberedDetails(null, today);
  }
}

function saveDetails(details: Details): void {
  try {
    globalThis.localStorage?.setItem(DETAILS_KEY, JSON.stringify(details));
  } catch {
    // Storage can be off; the details then last for this session only.
  }
}

export interface Templates {
  details: Details;
  setDetails(details: Details): void;
  /** Resolves to true once the sheet is in and active. */
  insert(id: TemplateId): Promise<boolean>;
}

export function useTemplates({ host, command, checkNow, setNotice }: CommandKit): Templates {
  const [details, setDetailsState] = useState<Details>(() => loadDetails());
  const setDetails = useCallback((next: Details) => {
    setDetailsState(next);
    saveDetails(next);
  }, []);

  const insert = useCallback(
    async (id: TemplateId) => {
      const done = await command("insert", async () => {
        const supports = (version: string) => host.isSetSupported("ExcelApi", version);
        const inserted = await runExcel(host, (ctx) => insertTemplate(ctx, id, completeDetails(details, new Date()), { supports }));
        // The new sheet is active: show what Check says about it straight away.
        await checkNow(inserted.sheet);
        setNotice({ kind: "inserted", sheet: inserted.sheet, skipped: inserted.skipped });
        return true;
      });
      return done === true;
    },
    [command, host, details, checkNow, setNotice],
  );

  return { details, setDetails, insert };
}
