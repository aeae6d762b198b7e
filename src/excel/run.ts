import { ExcelFailure, toFailure } from "./errors";
import type { ExcelHost, XlContext } from "./types";

/**
 * The API set declared in manifest.xml. 1.13 for getMergedAreasOrNullObject: without merged
 * areas the engine reads two-row headers of annual plans differently, so merges are not optional.
 * (Everything else used: getCellProperties/getSpecialCells and pageLayout 1.9, dataValidation 1.8,
 * getRangeByIndexes and freezePanes 1.7, conditionalFormats 1.6, settings and names.add 1.4.
 * Templates still ask isSetSupported for their optional parts: see insert-template.ts.)
 */
export const REQUIRED_API = { name: "ExcelApi", version: "1.13" } as const;

/** What one runExcel call cost. */
export interface RunStats {
  /** context.sync() round trips. */
  syncs: number;
  milliseconds: number;
}

export interface RunOptions {
  /** Called once the batch settles (also after a failure). */
  onStats?(stats: RunStats): void;
}

/**
 * Runs one batch against Excel: checks the API set first, counts the round trips, and maps every
 * failure to an ExcelFailure the task pane can explain. No `delayForCellEdit`: a queued batch
 * would leave the pane spinning without saying why, so the pane says "finish editing" instead.
 */
export async function runExcel<T>(host: ExcelHost, batch: (context: XlContext) => Promise<T>, options: RunOptions = {}): Promise<T> {
  if (!host.isSetSupported(REQUIRED_API.name, REQUIRED_API.version)) {
    const api = `${REQUIRED_API.name} ${REQUIRED_API.version}`;
    throw new ExcelFailure("api-unsupported", `${api} is not supported`, undefined, { api });
  }
  const started = Date.now();
  let syncs = 0;
  try {
    return await host.run((context) => batch(countingSyncs(context, () => syncs++)));
  } catch (error) {
    throw toFailure(error);
  } finally {
    options.onStats?.({ syncs, milliseconds: Date.now() - started });
  }
}

/** The same context, with sync() counted. Everything else is the context's own (`this` included). */
function countingSyncs(context: XlContext, counted: () => void): XlContext {
  return new Proxy(context, {
    get(target, property) {
      if (property === "sync") {
        return () => {
          counted();
          return target.sync();
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
