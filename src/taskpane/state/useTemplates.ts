/**
 * The templates gallery's state: the details the official typed (remembered between sessions in
 * localStorage, since they rarely change) and the insert command.
 */
import { useCallback, useState } from "react";
import { z } from "zod";
import type { TemplateDetails, TemplateId } from "../../core/templates";
import { insertTemplate, runExcel } from "../../excel";
import type { CommandKit } from "./useChecker";

export const DETAILS_KEY = "pokaznyk.template-details";

const stored = z.object({
  organisation: z.string().max(300).catch(""),
  year: z.number().int().min(2000).max(2100).catch(new Date().getFullYear()),
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).catch(1),
  responsible: z.string().max(200).catch(""),
});

export type Details = Required<Pick<TemplateDetails, "organisation" | "year" | "quarter" | "responsible">>;

/** The quarter that was just reported on: officials report after a quarter ends. */
function defaults(): Details {
  const now = new Date();
  const quarter = Math.floor(now.getMonth() / 3);
  return { organisation: "", year: quarter === 0 ? now.getFullYear() - 1 : now.getFullYear(), quarter: (quarter === 0 ? 4 : quarter) as Details["quarter"], responsible: "" };
}

export function loadDetails(): Details {
  try {
    const raw = globalThis.localStorage?.getItem(DETAILS_KEY);
    if (!raw) return defaults();
    const parsed = stored.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : defaults();
  } catch {
    return defaults();
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
  const [details, setDetailsState] = useState<Details>(loadDetails);
  const setDetails = useCallback((next: Details) => {
    setDetailsState(next);
    saveDetails(next);
  }, []);

  const insert = useCallback(
    async (id: TemplateId) => {
      const done = await command("insert", async () => {
        const supports = (version: string) => host.isSetSupported("ExcelApi", version);
        const inserted = await runExcel(host, (ctx) => insertTemplate(ctx, id, { ...details, organisation: details.organisation.trim(), responsible: details.responsible.trim() }, { supports }));
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
