import type { SheetJson, WorkbookJson } from "../../src/fake-excel";

/** An annual plan of `rows` measure rows: a two-row header, quarters G:J and a total in K. */
export function bigPlan(rows: number): WorkbookJson {
  const cells: SheetJson["cells"] = [];
  const top = ["п/п", "Найменування завдання", "Мета", "Найменування заходу", "Відповідальний виконавець", "Найменування показників", "Значення показників"];
  top.forEach((v, i) => cells.push({ r: 3, c: i + 1, v }));
  ["I", "II", "III", "IV", "Разом"].forEach((v, i) => cells.push({ r: 4, c: 7 + i, v }));
  cells.push({ r: 5, c: 1, v: "1. Правова освіта" });
  for (let i = 0; i < rows; i++) {
    const r = i + 6;
    const q = [(i % 4) + 1, i % 3, (i % 5) + 1, 2];
    cells.push({ r, c: 1, v: `1.1.${Math.floor(i / 100) + 1}.${(i % 100) + 1}` });
    cells.push({ r, c: 2, v: "Завдання 1.1" }, { r, c: 4, v: `Захід ${i + 1}: проведення занять` }, { r, c: 5, v: `Відділ ${(i % 7) + 1}` }, { r, c: 6, v: "кількість" });
    q.forEach((v, k) => cells.push({ r, c: 7 + k, v }));
    // Every fourth total typed (one in ten of them wrong), the rest empty.
    if (i % 4 === 0) cells.push({ r, c: 11, v: q.reduce((a, b) => a + b, 0) + (i % 40 === 0 ? 1 : 0) });
  }
  const merges = ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:K3", "A5:K5"];
  return { sheets: [{ name: "План", cells, merges }] };
}

/** A quarterly report of `rows` measure rows without a "% виконання" column. */
export function bigReportWithoutPercent(rows: number): WorkbookJson {
  const cells: SheetJson["cells"] = [];
  const header = ["№ з/п", "Найменування завдання", "Найменування заходу", "Відповідальний виконавець", "Показник", "План", "Факт", "Примітка у разі недовиконання плану"];
  header.forEach((v, i) => cells.push({ r: 4, c: i + 1, v }));
  for (let i = 0; i < rows; i++) {
    const r = i + 5;
    const plan = (i % 9) + 1;
    const fact = i % 5 === 0 ? plan - 1 : plan;
    cells.push({ r, c: 1, v: `1.${Math.floor(i / 100) + 1}.${(i % 100) + 1}` }, { r, c: 2, v: "Завдання" }, { r, c: 3, v: `Захід ${i + 1}` });
    cells.push({ r, c: 4, v: `Відділ ${(i % 7) + 1}` }, { r, c: 5, v: "Кількість" }, { r, c: 6, v: plan }, { r, c: 7, v: fact });
    if (fact < plan) cells.push({ r, c: 8, v: "Перенесено" });
  }
  return { sheets: [{ name: "Звіт", cells }] };
}
