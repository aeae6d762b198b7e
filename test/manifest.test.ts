import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import * as icons from "../assets/draw-icons";
import { REQUIRED_API } from "../src/excel/run";

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const VALIDATOR = path.resolve(ROOT, "../shared/tools/validate-manifest");
const xml = fs.readFileSync(MANIFEST, "utf8");

const hasXmllint = spawnSync("sh", ["-c", "command -v xmllint"]).status === 0;
const canValidate = hasXmllint && fs.existsSync(VALIDATOR);

function validate(file: string) {
  return spawnSync("bash", [VALIDATOR, file], { encoding: "utf8" });
}

function pngSize(file: string): [number, number] {
  const data = fs.readFileSync(file);
  expect(data.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

describe("manifest.xml", () => {
  (canValidate ? it : it.skip)("passes the offline XSD validation", () => {
    const result = validate(MANIFEST);
    expect(result.stderr + result.stdout).toMatch(/validates/);
    expect(result.status).toBe(0);
  });

  (canValidate ? it : it.skip)("the validator does reject a broken manifest (so the test above means something)", () => {
    const broken = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "manifest-")), "manifest.xml");
    fs.writeFileSync(broken, xml.replace(/<ProviderName>.*<\/ProviderName>/, ""));
    expect(validate(broken).status).not.toBe(0);
  });

  it("defines every resid it uses, and uses every resource it defines", () => {
    const used = new Set([...xml.matchAll(/\bresid="([^"]+)"/g)].map((m) => m[1]));
    const resources = xml.slice(xml.indexOf("<Resources>"), xml.indexOf("</Resources>"));
    const defined = [...resources.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(defined).size).toBe(defined.length);
    expect([...used].filter((id) => !defined.includes(id))).toEqual([]);
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
    for (const id of used) expect(id.length).toBeLessThanOrEqual(32);
  });

  it("names the add-in in Ukrainian with an English override, and opens the pane from the Home tab", () => {
    expect(xml).toMatch(/<DisplayName DefaultValue="Показник">\s*<Override Locale="en-US" Value="Pokaznyk"\/>/);
    expect(xml).toMatch(/<DefaultLocale>uk-UA<\/DefaultLocale>/);
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(xml).toMatch(/<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane.html"\/>/);
  });

  it("declares the API set the adapter checks at run time", () => {
    expect(xml).toContain(`<Set Name="${REQUIRED_API.name}" MinVersion="${REQUIRED_API.version}"/>`);
  });

  it("points at icons that exist with the sizes it claims", () => {
    const urls = [...xml.matchAll(/"https:\/\/localhost:3000\/(assets\/icon-(\d+)\.png)"/g)];
    expect(new Set(urls.map((m) => m[2]))).toEqual(new Set(["16", "32", "64", "80"]));
    for (const [, file, size] of urls) {
      expect(pngSize(path.join(ROOT, file))).toEqual([Number(size), Number(size)]);
    }
  });

  it("icons are drawn, not blank, and are what assets/draw-icons.js draws", () => {
    const pixels = icons.render(32);
    const colours = new Set<string>();
    for (let i = 0; i < pixels.length; i += 4) colours.add(pixels.subarray(i, i + 3).toString("hex"));
    expect(colours.size).toBeGreaterThan(10);
    expect(icons.png(32, pixels).equals(fs.readFileSync(path.join(ROOT, "assets/icon-32.png")))).toBe(true);
  });
});
