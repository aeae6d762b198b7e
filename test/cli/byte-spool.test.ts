import { existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { ByteSpool } from "../../src/cli/byte-spool";

const ours = () => readdirSync(tmpdir()).filter((name) => name.startsWith("pokaznyk-") && existsSync(`${tmpdir()}/${name}/spool.bin`));

/** The pieces as the writer takes them: each copied before the next is asked for. */
async function readBack(spool: ByteSpool): Promise<Buffer> {
  const pieces: Buffer[] = [];
  for await (const piece of spool.pieces()) pieces.push(Buffer.from(piece));
  return Buffer.concat(pieces);
}

describe("a spool of the workbook consolidate writes as it reads the centres", () => {
  it("gives back every byte in order once it went to disk, and leaves no file behind", async () => {
    const before = ours().length;
    const spool = new ByteSpool(1000);
    // Views into one big buffer, as a compressor hands its output: later writes must not change what was kept.
    const source = Buffer.alloc(300_000);
    for (let k = 0; k < source.length; k++) source[k] = (k * 7919) % 251;
    for (let at = 0; at < source.length; at += 777) spool.append(source.subarray(at, Math.min(at + 777, source.length)));
    expect(ours().length).toBe(before + 1);
    expect((await readBack(spool)).equals(source)).toBe(true);
    expect(ours().length).toBe(before);
  });

  it("keeps a small workbook in memory, copied from the compressor's buffer", async () => {
    const before = ours().length;
    const spool = new ByteSpool();
    const shared = Buffer.from("PK small workbook");
    spool.append(shared);
    shared.fill(0);
    expect(ours().length).toBe(before);
    expect((await readBack(spool)).toString()).toBe("PK small workbook");
  });

  it("removes its file when the run is refused", () => {
    const before = ours().length;
    const spool = new ByteSpool(10);
    spool.append(Buffer.alloc(100, 1));
    expect(ours().length).toBe(before + 1);
    spool.discard();
    expect(ours().length).toBe(before);
  });
});
