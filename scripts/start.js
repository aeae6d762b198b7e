#!/usr/bin/env node
/**
 * `npm start`: serves the task pane and the no-Excel preview with webpack-dev-server.
 *
 *   https://localhost:3000/taskpane.html   the pane, for Excel (sideload manifest.xml)
 *   https://localhost:3000/preview.html?fixture=report-q1-2020-kramatorsk
 *                                          the pane beside an in-memory workbook
 *
 * HTTPS uses a self-signed certificate made with openssl into .certs/ (kept until it nears expiry).
 * Environment: PORT (default 3000); POKAZNYK_HTTP=1 serves plain http (tests, quick looks);
 * POKAZNYK_OFFICE_JS=local and POKAZNYK_FIXTURES as in webpack.config.js.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const CERT_DIR = path.join(ROOT, ".certs");

function certStillGood(KEY, CERT) {
  if (!fs.existsSync(KEY) || !fs.existsSync(CERT)) return false;
  try {
    // Exit status 0 when the certificate is valid for at least one more day.
    execFileSync("openssl", ["x509", "-checkend", "86400", "-noout", "-in", CERT], { stdio: "ignore" });
    // A certificate made by an older version was a CA: replace it with a leaf.
    const text = execFileSync("openssl", ["x509", "-noout", "-text", "-in", CERT], { encoding: "utf8" });
    return /CA:FALSE/.test(text) && /TLS Web Server Authentication/.test(text);
  } catch {
    return false;
  }
}

/** A self-signed certificate for localhost (and 127.0.0.1), made once with openssl. */
function ensureCertificate(certDir = CERT_DIR) {
  const KEY = path.join(certDir, "localhost.key");
  const CERT = path.join(certDir, "localhost.crt");
  if (certStillGood(KEY, CERT)) return { key: fs.readFileSync(KEY), cert: fs.readFileSync(CERT) };
  fs.mkdirSync(certDir, { recursive: true, mode: 0o700 });
  try {
    execFileSync(
      "openssl",
      [
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "365",
        "-keyout", KEY, "-out", CERT,
        "-subj", "/CN=localhost",
        "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
        // A leaf, not a CA: trusting it in the OS lets it vouch for localhost and nothing else.
        "-addext", "basicConstraints=critical,CA:FALSE",
        "-addext", "keyUsage=critical,digitalSignature,keyEncipherment",
        "-addext", "extendedKeyUsage=serverAuth",
      ],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
  } catch (error) {
    const reason = error.code === "ENOENT" ? "openssl is not installed" : String(error.stderr || error.message).trim();
    throw new Error(`Could not make a certificate in .certs/ (${reason}). Install openssl, or run with POKAZNYK_HTTP=1.`);
  }
  console.log(`Made a self-signed certificate: ${path.relative(ROOT, CERT)} (trust it in your OS to sideload into Excel).`);
  return { key: fs.readFileSync(KEY), cert: fs.readFileSync(CERT) };
}

async function main() {
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const config = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "development" });
  const http = process.env.POKAZNYK_HTTP === "1";
  const server = http ? { type: "http" } : { type: "https", options: ensureCertificate() };
  const devServer = { ...config.devServer, server };
  const origin = `${http ? "http" : "https"}://localhost:${devServer.port}`;

  const compiler = webpack(config);
  let announced = false;
  compiler.hooks.done.tap("pokaznyk-start", (stats) => {
    if (stats.hasErrors()) {
      console.error(stats.toString({ all: false, errors: true, colors: false }));
      return;
    }
    if (announced) return;
    announced = true;
    console.log(
      [
        "",
        `Pokaznyk is served at ${origin}`,
        `  preview (no Excel needed): ${origin}/preview.html?fixture=report-q1-2020-kramatorsk`,
        `  task pane for Excel:       ${origin}/taskpane.html (sideload manifest.xml, see README)`,
        "Stop with Ctrl+C.",
        "",
      ].join("\n"),
    );
  });

  const dev = new WebpackDevServer(devServer, compiler);
  const stop = async () => {
    await dev.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  await dev.start();
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`npm start failed: ${error.message}`);
    process.exit(1);
  });
}

module.exports = { ensureCertificate, CERT_DIR };
