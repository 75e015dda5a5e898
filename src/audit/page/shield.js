// The shield page: asks the status routes for the report with the token
// the operator typed (kept in this tab's sessionStorage, never in a URL)
// and shows it. No inline script or style: it runs under an enforcing CSP.
"use strict";

const KEY = "agent-hardening-token";

function token() {
  return sessionStorage.getItem(KEY);
}

function cell(row, text) {
  const td = document.createElement("td");
  td.textContent = text;
  row.appendChild(td);
}

function show(report) {
  const shield = document.getElementById("shield");
  shield.setAttribute("class", report.color);
  document.getElementById("score").textContent = String(report.score);
  document.getElementById("summary").textContent =
    "Score " + report.score + " (" + report.color + "), audited " + report.generated_at +
    ", scoring version " + report.scoring_version + ".";
  const body = document.querySelector("#signals tbody");
  body.replaceChildren();
  for (const signal of report.signals) {
    const row = document.createElement("tr");
    row.className = signal.severity;
    row.dataset.signal = signal.name;
    cell(row, signal.label + " (" + signal.name + ")");
    cell(row, signal.value);
    cell(row, signal.delta > 0 ? "+" + signal.delta : String(signal.delta));
    cell(row, signal.detail);
    cell(row, signal.remediation);
    body.appendChild(row);
  }
}

function fail(message) {
  const error = document.getElementById("error");
  error.textContent = message;
  error.hidden = false;
}

async function load(method, path) {
  document.getElementById("error").hidden = true;
  let response;
  try {
    response = await fetch(path, {
      method: method,
      headers: { "Authorization": "Bearer " + token() },
      cache: "no-store",
    });
  } catch (e) {
    fail("The service did not answer: " + e);
    return;
  }
  if (response.status === 401 || response.status === 429) {
    fail(response.status === 401 ? "The token was refused." : "Too many failed attempts; try later.");
    return;
  }
  if (!response.ok) {
    fail("The service answered " + response.status + ".");
    return;
  }
  show(await response.json());
}

function enter() {
  document.getElementById("login").hidden = true;
  document.getElementById("panel").hidden = false;
  load("GET", "/api/security/status");
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("login").addEventListener("submit", (event) => {
    event.preventDefault();
    const value = document.getElementById("token").value.trim();
    if (value) {
      sessionStorage.setItem(KEY, value);
      document.getElementById("token").value = "";
      enter();
    }
  });
  document.getElementById("run-audit").addEventListener("click", () => {
    load("POST", "/api/security/audit");
  });
  document.getElementById("forget").addEventListener("click", () => {
    sessionStorage.removeItem(KEY);
    location.reload();
  });
  if (token()) {
    enter();
  }
});
