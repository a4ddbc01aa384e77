// The pre-screen page. Every piece of text from the user or the server is set with textContent:
// nothing is ever inserted as HTML. Highlighted sentences come from the server already cut into
// segments (the same C# code cuts them for the QA report); the page only lays them out.
(() => {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const items = [];
  const statusWords = { Met: "Met", NotMet: "Not met", NotDocumented: "Not documented", NotApplicable: "Does not apply" };
  // One vocabulary: what the prediction means for the reviewer, with the IMR term beside it.
  const verdicts = {
    Overturned: { badge: "Likely supported", term: "IMR term: Overturned", meaning: "Every criterion that applies is met." },
    Upheld: { badge: "Likely not supported", term: "IMR term: Upheld", meaning: "A criterion is not met or not documented: see the deciding criteria first." },
    NotCovered: { badge: "No prediction", term: "not covered", meaning: "No encoded MTUS topic covers this item: no prediction is made." },
  };
  // Which field an API error concerns, where to say it and how to name the field in words.
  const fields = {
    clinicalText: { input: "clinical-text", error: "clinical-text-error", name: () => "Clinical note" },
    items: { input: "new-item", error: "new-item-error", name: () => "A requested item" },
    requestDate: { input: "request-date", error: "request-date-error", name: () => "Request date" },
    file: { input: "letter-file", error: "letter-file-error", name: () => "Letter file" },
  };

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function renderItems() {
    const list = $("items");
    list.replaceChildren();
    items.forEach((item, index) => {
      const row = element("li");
      row.append(element("span", null, item));
      const remove = element("button", null, "Remove");
      remove.type = "button";
      remove.setAttribute("aria-label", "Remove " + item);
      remove.addEventListener("click", () => { items.splice(index, 1); renderItems(); $("new-item").focus(); });
      row.append(remove);
      list.append(row);
    });
  }

  function addItem() {
    const input = $("new-item");
    const value = input.value.trim();
    if (value) { items.push(value); input.value = ""; renderItems(); }
    input.focus();
  }

  function clearErrors() {
    const error = $("error");
    error.textContent = "";
    error.hidden = true;
    for (const field of Object.values(fields)) {
      $(field.error).textContent = "";
      $(field.error).hidden = true;
      $(field.input).removeAttribute("aria-invalid");
    }
  }

  function showError(message) {
    const error = $("error");
    error.textContent = message;
    error.hidden = !message;
  }

  // Says an error beside its field, in words: "Clinical note is empty: paste the clinical note".
  function showFieldError(key, message) {
    const match = /^(\w+)(?:\[(\d+)\])?$/.exec(key || "");
    const field = match && fields[match[1]];
    if (!field) { showError(message); return; }
    const name = match[2] !== undefined ? "Requested item " + (Number(match[2]) + 1) : field.name();
    const error = $(field.error);
    error.textContent = name + " " + message;
    error.hidden = false;
    $(field.input).setAttribute("aria-invalid", "true");
    $(field.input).focus();
  }

  // The item's supporting sentences only, each with what it is evidence for; the note itself shows once, below the items.
  function evidenceList(segments) {
    const list = element("ul", "evidence");
    for (const segment of segments.filter((s) => s.supports)) {
      const row = element("li");
      row.append(element("mark", null, segment.text.trim()), element("span", "supports", segment.supports));
      list.append(row);
    }
    return list;
  }

  function plainNote(segments) {
    const box = element("div", "text");
    box.textContent = segments.map((s) => s.text).join("");
    return box;
  }

  // The reason without the status word the badge already says ("Not documented: x" reads "x").
  function reasonText(criterion) {
    const word = statusWords[criterion.status] || "";
    const reason = criterion.reason || "";
    return word && reason.toLowerCase().startsWith(word.toLowerCase() + ":") ? reason.slice(word.length + 1).trim() : reason;
  }

  function renderCriterion(criterion, deciding) {
    const row = element("li", criterion.status + (deciding ? " deciding" : ""));
    const statement = element("p", "criterion");
    statement.append(element("strong", null, criterion.name), document.createTextNode(": " + criterion.criterion));
    const verdict = element("p", "verdict");
    verdict.append(element("span", "status " + criterion.status, statusWords[criterion.status] || criterion.status));
    if (deciding) verdict.append(element("span", "decides", "decides the prediction"));
    verdict.append(element("span", "reason", reasonText(criterion)));
    const citation = element("span", "citation", criterion.citation + " · ");
    citation.append(ruleId(criterion.rule));
    row.append(statement, verdict, citation);
    return row;
  }

  // Deciding criteria first, then the others that apply; those that do not apply folded away.
  function checklist(item) {
    const deciding = new Set(item.decidingRules || []);
    const applying = item.criteria.filter((c) => c.status !== "NotApplicable");
    const ordered = applying.filter((c) => deciding.has(c.rule)).concat(applying.filter((c) => !deciding.has(c.rule)));
    const nodes = [];
    if (ordered.length) {
      const list = element("ul", "checklist");
      ordered.forEach((c) => list.append(renderCriterion(c, deciding.has(c.rule))));
      nodes.push(list);
    }
    const idle = item.criteria.filter((c) => c.status === "NotApplicable");
    if (idle.length) {
      const folded = element("details", "not-applying");
      folded.append(element("summary", null, idle.length + (idle.length === 1 ? " criterion does" : " criteria do") + " not apply to this request"));
      const list = element("ul", "checklist");
      idle.forEach((c) => list.append(renderCriterion(c, false)));
      folded.append(list);
      nodes.push(folded);
    }
    return nodes;
  }

  // A rule id that may wrap after its dots on a narrow screen, never inside a word.
  function ruleId(id) {
    const code = element("code", "rule");
    id.split(".").forEach((part, i, parts) => {
      code.append(document.createTextNode(part + (i < parts.length - 1 ? "." : "")));
      if (i < parts.length - 1) code.append(element("wbr"));
    });
    return code;
  }

  function renderItem(item) {
    const card = element("article", "item");
    const title = element("h2");
    const verdict = verdicts[item.predicted] || { badge: item.predicted, term: "", meaning: "" };
    title.append(element("span", "item-name", item.item), element("span", "badge " + item.predicted, verdict.badge), element("span", "imr-term", "(" + verdict.term + ")"));
    if (item.actual) title.append(element("span", "recorded", "recorded IMR outcome: " + item.actual + (item.agrees === false ? " — differs" : "")));
    card.append(title);
    card.append(element("p", "meaning", verdict.meaning));
    if (item.editionWarning) card.append(element("p", "edition-warning", "Warning: " + item.editionWarning));
    if (item.topic) {
      card.append(element("p", "edition", "MTUS topic " + item.topic + " · " + item.edition + " edition, because: " + item.editionReason));
    }
    if (item.notCoveredReason) {
      card.append(element("p", "edition", "Why: " + item.notCoveredReason));
    }

    card.append(...checklist(item));

    if (item.missingDocumentation && item.missingDocumentation.length) {
      const missing = element("div", "missing");
      missing.append(element("strong", null, "Documentation missing"));
      const list = element("ul");
      item.missingDocumentation.forEach((m) => list.append(element("li", null, m)));
      const copy = element("button", "copy", "Copy list");
      copy.type = "button";
      copy.addEventListener("click", async () => {
        const lines = item.item + " — documentation needed:\n" + item.missingDocumentation.map((m) => "- " + m).join("\n");
        try { await navigator.clipboard.writeText(lines); copy.textContent = "Copied"; } catch { copy.textContent = "Copy failed: select the list"; }
      });
      missing.append(list, copy);
      card.append(missing);
    }

    if (item.highlightedText && item.highlightedText.some((s) => s.supports)) {
      card.append(element("p", null, "Supporting sentences in the note, each with what it is evidence for:"), evidenceList(item.highlightedText));
    }
    return card;
  }

  function summaryLine(results) {
    const count = (predicted) => results.filter((i) => i.predicted === predicted).length;
    const missing = results.filter((i) => i.missingDocumentation && i.missingDocumentation.length).length;
    const uncovered = count("NotCovered");
    return results.length + (results.length === 1 ? " item: " : " items: ") + count("Overturned") + " likely supported, " +
      count("Upheld") + " likely not supported" + (uncovered ? ", " + uncovered + " with no prediction" : "") + "; " +
      missing + " with documentation missing.";
  }

  function render(results) {
    const section = $("results");
    const summary = element("p", "results-summary", summaryLine(results));
    summary.id = "results-summary";
    summary.tabIndex = -1;
    const nodes = [summary, ...results.map(renderItem)];
    if (results.length && results[0].highlightedText) {
      const note = element("details", "note-once");
      note.append(element("summary", null, "The clinical note as read (once for all items)"), plainNote(results[0].highlightedText));
      nodes.push(note);
    }
    section.replaceChildren(...nodes);
    summary.scrollIntoView({ block: "start" });
    summary.focus();
  }

  async function call(url, options) {
    const response = await fetch(url, options);
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = new Error(body.title || ("The server answered " + response.status));
      error.fields = body.errors || {};
      throw error;
    }
    return body;
  }

  // A failed request leaves no earlier results below its error: they would read as the answer to it.
  function report(error) {
    $("results").replaceChildren();
    const entries = Object.entries(error.fields || {});
    if (!entries.length) { showError(error.message); return; }
    for (const [key, messages] of entries.reverse()) showFieldError(key, messages.join("; "));
  }

  async function prescreen(event) {
    event.preventDefault();
    clearErrors();
    const pending = $("new-item").value.trim();
    if (pending) addItem();
    const clinicalText = $("clinical-text").value;
    const body = { clinicalText, items };
    if ($("request-date").value) body.requestDate = $("request-date").value;
    try {
      const result = await call("/api/prescreen", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      render(result.items);
    } catch (error) {
      report(error);
    }
  }

  async function upload() {
    clearErrors();
    const file = $("letter-file").files[0];
    if (!file) { $("results").replaceChildren(); showFieldError("file", "is required: choose a .txt or .pdf IMR letter"); return; }
    const form = new FormData();
    form.append("file", file);
    try {
      const result = await call("/api/letters", { method: "POST", body: form });
      render(result.letters[0].items);
    } catch (error) {
      report(error);
    }
  }

  $("add-item").addEventListener("click", addItem);
  $("new-item").addEventListener("keydown", (event) => { if (event.key === "Enter") { event.preventDefault(); addItem(); } });
  $("prescreen-form").addEventListener("submit", prescreen);
  $("upload").addEventListener("click", upload);
})();
