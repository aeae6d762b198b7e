/**
 * Files the CLI cannot read: each gives exit 2 and one plain line on stderr, and never stops the
 * other files of the same call from being checked.
 */
import path from "node:path";
import { execFileSync } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from "node:fs";
import { makeTempDir, writeWorkbook } from "../helpers/xlsx";
import { storedZip } from "../helpers/zip";
import { parseJsonDocument, runCli, stderrLines } from "./run-cli";

const FIXTURES = path.resolve(__dirname, "../../../shared/fixtures");
const GOOD = path.join(FIXTURES, "report-q3-2021-public.xlsx");

const temp = makeTempDir();
afterAll(() => temp.cleanup());
const inTemp = (name: string) => path.join(temp.dir, name);

/** Each bad file, how it is made, and the reason the official should read (uk, en). */
const cases: { name: string; make: () => Promise<string>; uk: string; en: string }[] = [
  { name: "missing file", make: async () => inTemp("немає-такого.xlsx"), uk: "файл не знайдено", en: "file not found" },
  {
    name: "a text file renamed .xlsx",
    make: async () => {
      writeFileSync(inTemp("нотатки.xlsx"), "Це просто текст, а не таблиця\n");
      return inTemp("нотатки.xlsx");
    },
    uk: "це не книга Excel (.xlsx)",
    en: "not an Excel workbook (.xlsx)",
  },
  {
    name: "a truncated .xlsx",
    make: async () => {
      const bytes = readFileSync(GOOD);
      writeFileSync(inTemp("обрізаний.xlsx"), bytes.subarray(0, Math.floor(bytes.length / 2)));
      return inTemp("обрізаний.xlsx");
    },
    uk: "файл .xlsx пошкоджений",
    en: "the .xlsx file is corrupt",
  },
  {
    name: "zip signature followed by garbage",
    make: async () => {
      writeFileSync(inTemp("сміття.xlsx"), Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(300, 0x5a)]));
      return inTemp("сміття.xlsx");
    },
    uk: "файл .xlsx пошкоджений",
    en: "the .xlsx file is corrupt",
  },
  {
    name: "a workbook whose only sheet is empty",
    make: () => writeWorkbook(inTemp("порожня.xlsx"), (wb) => void wb.addWorksheet("Аркуш1")),
    uk: "порожня книга",
    en: "empty workbook",
  },
  {
    name: "a workbook with no sheets",
    make: () => writeWorkbook(inTemp("без-аркушів.xlsx"), () => undefined),
    uk: "порожня книга",
    en: "empty workbook",
  },
  {
    // A folder is read whole (issue 11); one without any workbook is most often the wrong folder.
    name: "a folder without a workbook",
    make: async () => {
      mkdirSync(inTemp("тека.xlsx"), { recursive: true });
      return inTemp("тека.xlsx");
    },
    uk: "у теці немає жодної книги Excel (.xlsx)",
    en: "the folder holds no Excel workbook (.xlsx)",
  },
  {
    // Opening a pipe waits for a writer: it must be refused before it is opened, not hang.
    name: "a named pipe",
    make: async () => {
      execFileSync("mkfifo", [inTemp("канал.xlsx")]);
      return inTemp("канал.xlsx");
    },
    uk: "це не звичайний файл (канал чи пристрій)",
    en: "not a regular file (a pipe or a device)",
  },
  { name: "a character device that never ends", make: async () => "/dev/zero", uk: "це не звичайний файл", en: "not a regular file" },
  {
    name: "a file over the size cap (sparse: nothing is read)",
    make: async () => {
      const fd = openSync(inTemp("величезний.xlsx"), "w");
      writeSync(fd, Buffer.from("PK\x03\x04"), 0, 4, 512 * 1024 * 1024);
      closeSync(fd);
      return inTemp("величезний.xlsx");
    },
    uk: "файл завеликий для книги Excel (понад 512 МіБ)",
    en: "too large for an Excel workbook (over 512 MiB)",
  },
  {
    name: "a Word document named .xlsx",
    make: async () => {
      writeFileSync(inTemp("лист.xlsx"), storedZip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }));
      return inTemp("лист.xlsx");
    },
    uk: "це не книга Excel (документ Word?)",
    en: "not a workbook (a Word document?)",
  },
  {
    name: "a PowerPoint presentation named .xlsx",
    make: async () => {
      writeFileSync(inTemp("слайди.xlsx"), storedZip({ "[Content_Types].xml": "<Types/>", "ppt/presentation.xml": "<p:presentation/>" }));
      return inTemp("слайди.xlsx");
    },
    uk: "це не книга Excel (презентація PowerPoint?)",
    en: "not a workbook (a PowerPoint presentation?)",
  },
  {
    name: "a zip archive of other files",
    make: async () => {
      writeFileSync(inTemp("архів.xlsx"), storedZip({ "readme.txt": "привіт" }));
      return inTemp("архів.xlsx");
    },
    uk: "це архів zip, а не книга Excel",
    en: "a zip archive, not an Excel workbook",
  },
];

describe.each(cases)("$name", ({ make, uk, en }) => {
  let bad: string;
  beforeAll(async () => {
    bad = await make();
  });

  it("--json: exit 2, one stderr line, the file listed with its reason, the good file still checked", async () => {
    const run = await runCli(["check", bad, GOOD, "--json"]);
    expect(run.code).toBe(2);
    expect(stderrLines(run.stderr)).toEqual([expect.stringContaining(`pokaznyk: ${bad}: ${uk}`)]);
    expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
    const doc = parseJsonDocument(run.stdout);
    expect(doc.files.map((f) => f.file)).toEqual([bad, GOOD]);
    expect(doc.files[0]).toEqual({ file: bad, error: expect.stringContaining(uk), sheets: [] });
    expect(doc.files[1].error).toBeUndefined();
    expect(doc.files[1].sheets.length).toBeGreaterThan(0);
  });

  it("human output: the good file is reported and the summary counts the unreadable one", async () => {
    const run = await runCli(["check", GOOD, bad, "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(stderrLines(run.stderr)).toEqual([expect.stringContaining(`${bad}: ${en}`)]);
    expect(run.stdout).toContain(GOOD);
    expect(run.stdout.trimEnd().split("\n").pop()).toMatch(/^Summary: 2 files \(1 unreadable\), /);
  });
});

it("reports each of several unreadable files on its own line, in the order given", async () => {
  const missing = inTemp("перший.xlsx");
  const text = inTemp("другий.xlsx");
  writeFileSync(text, "plain text");
  const run = await runCli(["check", missing, GOOD, text, "--json"]);
  expect(run.code).toBe(2);
  const lines = stderrLines(run.stderr);
  expect(lines).toHaveLength(2);
  expect(lines[0]).toContain(missing);
  expect(lines[1]).toContain(text);
  expect(parseJsonDocument(run.stdout).files.map((f) => f.file)).toEqual([missing, GOOD, text]);
});

describe("a LibreOffice .ods", () => {
  it("is named for what it is, with exit 2", async () => {
    // An OpenDocument file starts with a stored zip entry "mimetype" holding its type.
    const mime = Buffer.from("application/vnd.oasis.opendocument.spreadsheet", "latin1");
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(8, 26);
    header.writeUInt32LE(mime.length, 18);
    header.writeUInt32LE(mime.length, 22);
    const temp = makeTempDir();
    const file = path.join(temp.dir, "звіт.ods");
    writeFileSync(file, Buffer.concat([header, Buffer.from("mimetype", "latin1"), mime]));
    const run = await runCli(["check", file]);
    temp.cleanup();
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`pokaznyk: ${file}: це таблиця LibreOffice (.ods); збережіть її як книгу Excel (.xlsx)`);
  });
});
