import { existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { Spool } from "../../src/cli/spool";

const ours = () => readdirSync(tmpdir()).filter((name) => name.startsWith("pokaznyk-") && existsSync(`${tmpdir()}/${name}/spool.txt`));

async function readBack(spool: Spool): Promise<string> {
  let text = "";
  for await (const piece of spool.pieces()) text += piece;
  return text;
}

describe("a spool of details written after the table of files", () => {
  it("gives back what was set aside, in order, when it went to disk, Cyrillic split across pieces whole, and leaves no file behind", async () => {
    const before = ours().length;
    const spool = new Spool(10);
    const parts = Array.from({ length: 5000 }, (_, k) => `Файл ${k}: «Звіт III кв» — помилка в G${k}\n`);
    for (const part of parts) spool.append(part);
    expect(ours().length).toBe(before + 1);
    expect(await readBack(spool)).toBe(parts.join(""));
    expect(ours().length).toBe(before);
  });

  it("stays in memory for a few files", async () => {
    const before = ours().length;
    const spool = new Spool();
    spool.append("a.xlsx\n");
    spool.append("b.xlsx\n");
    expect(ours().length).toBe(before);
    expect(await readBack(spool)).toBe("a.xlsx\nb.xlsx\n");
  });
});
