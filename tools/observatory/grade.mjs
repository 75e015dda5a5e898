// Grades response headers with the MDN HTTP Observatory's own tests and
// scoring, offline.
//
//   node grade.mjs HEADERS.json [HOST]
//
// HEADERS.json is an object of header names to values. The page is taken
// to be served over HTTPS with a valid certificate, reached by a redirect
// from HTTP, as it is behind the TLS terminator a host puts in front.
// Prints {grade, score, passed, total, tests} as JSON.
import { readFileSync } from "node:fs";
import { AxiosHeaders } from "axios";

const source = new URL("./node_modules/@mdn/mdn-http-observatory/src/", import.meta.url);
const load = (path) => import(new URL(path, source).href);
const { Requests } = await load("types.js");
const { Session } = await load("retriever/session.js");
const { ALL_TESTS, NUM_TESTS } = await load("constants.js");
const { getGradeForScore, getScoreModifier } = await load("grader/grader.js");
const { MINIMUM_SCORE_FOR_EXTRA_CREDIT } = await load("grader/charts.js");

const [file, host = "agent.example"] = process.argv.slice(2);
if (!file) {
  console.error("usage: node grade.mjs HEADERS.json [HOST]");
  process.exit(2);
}
const given = JSON.parse(readFileSync(file, "utf8"));

// One response as the retriever would have seen it.
function response() {
  const headers = new AxiosHeaders();
  headers.set("Content-Type", "text/html");
  for (const [name, value] of Object.entries(given)) headers.set(name, value);
  return {
    status: 200,
    statusText: "OK",
    verified: true,
    data: "",
    headers,
    request: { headers: new AxiosHeaders() },
    config: { headers: new AxiosHeaders() },
  };
}

const site = new Requests(host);
for (const kind of ["auto", "http", "https", "cors"]) site.responses[kind] = response();
site.responses.auto.httpEquiv = new Map();
site.resources.path = "<!doctype html><html><head></head><body></body></html>";
const https = new URL(`https://${host}/`);
site.responses.httpRedirects = [
  { url: new URL(`http://${host}/`), status: 301 },
  { url: https, status: 200 },
];
site.responses.httpsRedirects = [{ url: https, status: 200 }];
site.session = new Session(https);

// The Observatory's scoring: penalties always count, bonuses only once
// the penalised score is high enough.
let passed = 0;
let penalties = 0;
let bonuses = 0;
const tests = {};
for (const test of ALL_TESTS) {
  const result = test(site);
  const modifier = getScoreModifier(result.result);
  if (result.pass) passed += 1;
  if (modifier < 0) penalties += modifier;
  else bonuses += modifier;
  tests[result.constructor.name] = { result: result.result, pass: result.pass, modifier };
}
const base = 100 + penalties;
const { grade, score } = getGradeForScore(
  base >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? base + bonuses : base,
);
console.log(JSON.stringify({ grade, score, passed, total: NUM_TESTS, tests }, null, 1));
