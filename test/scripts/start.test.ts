/**
 * `npm start`'s certificate: a leaf for localhost only, so trusting it in the OS (as the README
 * asks for sideloading) cannot make the machine trust certificates for other sites.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureCertificate } = require("../../scripts/start.js") as { ensureCertificate(dir: string): { key: Buffer; cert: Buffer } };

describe("the development certificate", () => {
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "pokaznyk-cert-"))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("is a server certificate for localhost that cannot sign others", () => {
    ensureCertificate(dir);
    const text = execFileSync("openssl", ["x509", "-noout", "-text", "-in", path.join(dir, "localhost.crt")], { encoding: "utf8" });
    expect(text).toMatch(/CA:FALSE/);
    expect(text).toMatch(/TLS Web Server Authentication/);
    expect(text).toMatch(/DNS:localhost/);
    expect(text).not.toMatch(/Certificate Sign/);
    expect(fs.statSync(path.join(dir, "localhost.key")).mode & 0o077).toBe(0);
  });

  it("replaces a certificate an older version made as a CA", () => {
    const caDir = fs.mkdtempSync(path.join(dir, "old-"));
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30", "-keyout", path.join(caDir, "localhost.key"), "-out", path.join(caDir, "localhost.crt"), "-subj", "/CN=localhost"], { stdio: "ignore" });
    const before = fs.readFileSync(path.join(caDir, "localhost.crt"), "utf8");
    ensureCertificate(caDir);
    const after = fs.readFileSync(path.join(caDir, "localhost.crt"), "utf8");
    expect(after).not.toBe(before);
    expect(execFileSync("openssl", ["x509", "-noout", "-text", "-in", path.join(caDir, "localhost.crt")], { encoding: "utf8" })).toMatch(/CA:FALSE/);
  });
});
