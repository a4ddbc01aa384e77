// The pre-screen page. Every piece of text from the user or the server is set with textContent:
// nothing is ever inserted as HTML.
(() => {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const items = [];
  const statusWords = { Met: "Met", NotMet: "Not met", NotDocumented: "Not documented", NotApplicable: "Not applicable" };

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

  function showError(message) {
    const error = $("error");
    error.textContent = message;
    error.hidden = !message;
  }

  // Marks the spans the server chose (the sentences the criteria relied on); the report marks the same spans.
  function highlighted(text, highlights) {
    const box = element("div", "text");
    let at = 0;
    for (const { start, length } of highlights) {
      box.append(document.createTextNode(text.slice(at, start)), element("mark", null, text.slice(start, start + length)));
      at = start + length;
    }
    box.append(document.createTextNode(text.slice(at)));
    return box;
  }

  function renderItem(item, text) {
    const card = element("article", "item");
    const title = element("h2");
    title.append(element("span", null, item.item), element("span", "badge " + item.predicted, item.predicted === "NotCovered" ? "Not covered" : "Predicted " + item.predicted));
    if (item.actual) title.append(element("span", "recorded", "recorded " + item.actual + (item.agrees === false ? " — differs" : "")));
    card.append(title);
    card.append(element("p", null, item.topic ? "MTUS topic: " + item.topic + " (" + item.edition + " edition)" : "No encoded MTUS topic covers this item: no prediction is made."));

    const checklist = element("ul", "checklist");
    for (const criterion of item.criteria) {
      const row = element("li", criterion.status);
      row.append(element("span", "status", statusWords[criterion.status] || criterion.status), element("span", null, criterion.reason));
      row.append(element("span", "citation", criterion.rule + " — " + criterion.citation));
      checklist.append(row);
    }
    card.append(checklist);

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

    if (text && item.highlights && item.highlights.length) {
      card.append(element("p", null, "Supporting sentences in the note:"), highlighted(text, item.highlights));
    }
    return card;
  }

  function render(items, text) {
    const results = $("results");
    results.replaceChildren(...items.map((item) => renderItem(item, text)));
    results.querySelector(".item h2")?.setAttribute("tabindex", "-1");
  }

  async function call(url, options) {
    const response = await fetch(url, options);
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.detail || body.title || ("The server answered " + response.status));
    return body;
  }

  async function prescreen(event) {
    event.preventDefault();
    showError("");
    const pending = $("new-item").value.trim();
    if (pending) addItem();
    const clinicalText = $("clinical-text").value;
    const body = { clinicalText, items };
    if ($("request-date").value) body.requestDate = $("request-date").value;
    try {
      const result = await call("/api/prescreen", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      render(result.items, clinicalText);
    } catch (error) {
      showError(error.message);
    }
  }

  async function upload() {
    showError("");
    const file = $("letter-file").files[0];
    if (!file) { showError("Choose a .txt or .pdf letter first."); return; }
    const form = new FormData();
    form.append("file", file);
    try {
      const result = await call("/api/letters", { method: "POST", body: form });
      const letter = result.letters[0];
      if (letter.error) { showError(letter.error); return; }
      render(letter.items, letter.clinicalSummary);
    } catch (error) {
      showError(error.message);
    }
  }

  $("add-item").addEventListener("click", addItem);
  $("new-item").addEventListener("keydown", (event) => { if (event.key === "Enter") { event.preventDefault(); addItem(); } });
  $("prescreen-form").addEventListener("submit", prescreen);
  $("upload").addEventListener("click", upload);
})();
