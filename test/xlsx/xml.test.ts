import { XlsxError } from "../../src/xlsx/problem";
import type { XlsxProblem } from "../../src/xlsx/problem";
import { CLOSE, END, OPEN, XmlScanner, xmlText } from "../../src/xlsx/xml";

/** The events of a document as "<name attr=value>", "text", "</name>" lines; `texts` names the elements whose text is read. */
function events(xml: string, texts: string[] = [], attrs: string[] = []): string[] {
  const scanner = new XmlScanner(xml, "test.xml");
  const out: string[] = [];
  for (let e = scanner.next(); e !== END; e = scanner.next()) {
    if (e === CLOSE) out.push(`</${scanner.name}>`);
    else if (e === OPEN) {
      const shown = attrs.map((a) => [a, scanner.attr(a)]).filter(([, v]) => v !== undefined).map(([a, v]) => ` ${a}=${JSON.stringify(v)}`);
      out.push(`<${scanner.name}${shown.join("")}${scanner.selfClosing ? "/" : ""}>`);
      if (texts.includes(scanner.name)) out.push(JSON.stringify(scanner.text()));
    }
  }
  return out;
}

function problem(xml: string, texts: string[] = []): XlsxProblem {
  try {
    events(xml, texts);
  } catch (err) {
    if (err instanceof XlsxError) return err.problem;
    throw err;
  }
  throw new Error("expected a problem");
}

describe("XmlScanner", () => {
  it("reads prefixed elements by their local name (OpenXML SDK, ClosedXML, Strict)", () => {
    const xml = '<x:worksheet xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    expect(events(xml, ["v"], ["r", "t"])).toEqual(["<worksheet>", "<sheetData>", '<row r="1">', '<c r="A1" t="s">', "<v>", '"0"', "</c>", "</row>", "</sheetData>", "</worksheet>"]);
  });

  it("reads attributes in either quote, with spaces around '=', '>' inside values, prefixes dropped, xmlns ignored", () => {
    const xml = `<sheet name='Звіт "2024"' sheetId = "1" r:id='rId>1' xmlns:r="urn:r" xmlns="urn:main"/>`;
    expect(events(xml, [], ["name", "sheetId", "id", "r"])).toEqual(['<sheet name="Звіт \\"2024\\"" sheetId="1" id="rId>1"/>']);
  });

  it("decodes the predefined entities and numeric references, in text and attributes", () => {
    expect(events('<t a="&lt;&amp;&gt;&quot;&apos;&#1071;&#x44f;">&lt;a&gt; &amp; &quot;b&quot; &apos;&#x1F600;&#169;</t>', ["t"], ["a"])).toEqual([
      '<t a="<&>\\"\'Яя">',
      JSON.stringify("<a> & \"b\" '😀©"),
    ]);
  });

  it("reads CR LF and a lone CR in text as LF, keeps &#13;, and turns newlines in attributes into spaces", () => {
    expect(events('<t a="x\r\ny\tz">one\r\ntwo\rthree&#13;&#10;four</t>', ["t"], ["a"])).toEqual(['<t a="x y z">', JSON.stringify("one\ntwo\nthree\r\nfour")]);
  });

  it("keeps whitespace as written (xml:space changes nothing for a reader) and reads <v> with attributes", () => {
    expect(events('<si><t xml:space="preserve">  два  пробіли </t></si><v xml:space="preserve"> 5</v>', ["t", "v"])).toEqual([
      "<si>", "<t>", '"  два  пробіли "', "</si>", "<v>", '" 5"',
    ]);
  });

  it("reads CDATA, skips comments and processing instructions", () => {
    expect(events('<?xml version="1.0"?><!-- <c> --><t>a<![CDATA[<b>&amp;\r\n]]><!-- x -->c</t><?pi x?>', ["t"])).toEqual(["<t>", JSON.stringify("a<b>&amp;\nc")]);
  });

  it("gives an empty text for a self-closing element and skips whole subtrees", () => {
    const scanner = new XmlScanner("<a><t/><b><c><d/></c></b><e/></a>", "t.xml");
    expect(scanner.next()).toBe(OPEN);
    scanner.next();
    expect(scanner.text()).toBe("");
    scanner.next();
    expect(scanner.name).toBe("b");
    scanner.skip();
    scanner.next();
    expect(scanner.name).toBe("e");
  });

  it("refuses undefined entities and any DTD: nothing is ever expanded", () => {
    expect(problem("<t>&lol9;</t>", ["t"])).toEqual({ kind: "corrupt", detail: "test.xml: undefined entity &lol9;" });
    expect(problem('<!DOCTYPE lolz [<!ENTITY lol "lol">]><t>&lol;</t>', ["t"])).toEqual({ kind: "unsupported", detail: "test.xml has a DTD, which a workbook part may not have" });
    expect(problem('<!DOCTYPE t SYSTEM "file:///etc/passwd"><t/>').kind).toBe("unsupported");
  });

  it("refuses references to characters XML does not allow, and stray ampersands", () => {
    expect(problem("<t>&#0;</t>", ["t"]).kind).toBe("corrupt");
    expect(problem("<t>&#xD800;</t>", ["t"]).kind).toBe("corrupt");
    expect(problem("<t>a & b</t>", ["t"]).kind).toBe("corrupt");
  });

  it("refuses unclosed tags and attribute values with a reason", () => {
    expect(problem('<c r="A1').kind).toBe("corrupt");
    expect(problem("<c").detail).toBe("test.xml: <c> is not closed");
    expect(problem("<t>abc", ["t"]).kind).toBe("corrupt");
  });
});

describe("xmlText", () => {
  it("reads UTF-8 with or without a BOM, invalid bytes as U+FFFD, and UTF-16 by its BOM", () => {
    expect(xmlText(Buffer.from("\ufeff<a>Я</a>", "utf8"))).toBe("<a>Я</a>");
    expect(xmlText(Uint8Array.from([0x3c, 0x61, 0x3e, 0xff, 0x3c]))).toBe("<a>\ufffd<");
    expect(xmlText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("<a>Я</a>", "utf16le")]))).toBe("<a>Я</a>");
    const be = Buffer.from("<a>Я</a>", "utf16le").swap16();
    expect(xmlText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe("<a>Я</a>");
  });
});
