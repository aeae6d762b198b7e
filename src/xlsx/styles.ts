/**
 * xl/styles.xml, only as far as dates go: a number shows as a date when its cell style
 * (cellXfs[s]) has a date number format. The rule is exceljs's `isDateFmt`, so both readers
 * agree: built-in formats 14-22 and 45-47, or a custom code with y, m, d, h, s or b outside
 * quotes and brackets ("[Red]", "[$-422]", "\"р.\"" do not count).
 */
import { CLOSE, END, OPEN, XmlScanner } from "./xml";

/** Excel's built-in number formats that are dates or times (the rest are numbers, text, %). */
const BUILT_IN_DATES: Record<number, string> = {
  14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM",
  20: "h:mm", 21: "h:mm:ss", 22: 'm/d/yy "h":mm', 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0",
};

export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

/** One flag per cellXfs index: 1 when numbers in cells of that style show as dates. */
export function parseDateStyles(text: string, part: string): Uint8Array {
  const scanner = new XmlScanner(text, part);
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let section = "";
  for (let event = scanner.next(); event !== END; event = scanner.next()) {
    const name = scanner.name;
    if (event === CLOSE) {
      if (name === section) section = "";
      continue;
    }
    if (event !== OPEN) continue;
    if (name === "numFmts" || name === "cellXfs") {
      if (!scanner.selfClosing) section = name;
    } else if (name === "numFmt" && section === "numFmts") {
      const id = parseInt(scanner.attr("numFmtId") ?? "", 10);
      // exceljs drops backslash escapes ("\-" → "-") before looking for date letters.
      if (!Number.isNaN(id)) custom.set(id, (scanner.attr("formatCode") ?? "").replace(/\\(.)/g, "$1"));
    } else if (name === "xf" && section === "cellXfs") {
      formatIds.push(parseInt(scanner.attr("numFmtId") ?? "0", 10) || 0);
    } else if (section === "" && name !== "styleSheet") {
      scanner.skip();
    }
  }
  const dates = new Uint8Array(formatIds.length);
  formatIds.forEach((id, i) => {
    const code = id === 0 ? undefined : custom.get(id) || BUILT_IN_DATES[id];
    if (code !== undefined && isDateFormat(code)) dates[i] = 1;
  });
  return dates;
}
