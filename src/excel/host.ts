/* global Excel, Office */
import type { ExcelHost, XlContext } from "./types";

/** The real host: Excel.run and Office's requirement-set check. Only call inside Excel. */
export function officeHost(): ExcelHost {
  return {
    run<T>(batch: (context: XlContext) => Promise<T>): Promise<T> {
      return Excel.run((context) => batch(context));
    },
    isSetSupported(name: string, minVersion: string): boolean {
      const requirements = Office.context?.requirements;
      return requirements ? requirements.isSetSupported(name, minVersion) : false;
    },
  };
}
