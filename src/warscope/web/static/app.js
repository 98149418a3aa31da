/* warscope web UI: plain JS + SVG, no external requests (the basemap ships with the package). */
"use strict";

const TYPE_COLOURS = {
  "Battles": "#d62728",
  "Explosions/Remote violence": "#ff7f0e",
  "Violence against civilians": "#9467bd",
  "Protests": "#2ca02c",
  "Riots": "#8c564b",
  "Strategic developments": "#1f77b4",
};
const OTHER_COLOUR = "#7f7f7f";
const FILTER_KEYS = ["country", "admin1", "event_type", "actor", "date_from", "date_to", "q", "bbox"];
const PAGE = 50;
// Equirectangular projection into a 720 x 360 SVG box.
const K = 2;
const project = (lon, lat) => [(lon + 180) * K, (90 - lat) * K];

const view = document.getElementById("view");
const form = document.getElementById("filters");
let basemap = null;
let mapBox = [0, 0, 360 * K, 180 * K];

function esc(value) {
  return String(value ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}
const colour = (type) => TYPE_COLOURS[type] || OTHER_COLOUR;
// Article URLs come from the input: link only to web pages, never to javascript: and the like.
const safeUrl = (url) => (/^https?:\/\//i.test(url || "") ? url : null);

async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail ? (typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail)) : response.statusText);
  return body;
}

/* ---- routing and filters ------------------------------------------------------------------- */

function route() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const [path, qs] = hash.split("?");
  return { parts: path.split("/").filter(Boolean), params: new URLSearchParams(qs || "") };
}

function filtersFromParams(params) {
  const f = {};
  for (const k of FILTER_KEYS) if (params.get(k)) f[k] = params.get(k);
  return f;
}

function fillForm(f) {
  for (const k of FILTER_KEYS) if (form.elements[k]) form.elements[k].value = f[k] || "";
}

function filterQuery(f, extra) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) p.set(k, v);
  for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
  return p.toString();
}

function readForm() {
  const f = {};
  for (const k of FILTER_KEYS) {
    const v = (form.elements[k].value || "").trim();
    if (v) f[k] = v;
  }
  return f;
}

// The filters apply to the page they are used on: the network keeps its own view.
const filteredPage = () => (route().parts[0] === "network" ? "#/network?" : "#/?");
form.addEventListener("submit", (e) => {
  e.preventDefault();
  location.hash = filteredPage() + filterQuery(readForm());
});
form.addEventListener("reset", () => setTimeout(() => { location.hash = filteredPage(); }, 0));
document.getElementById("use-view").addEventListener("click", () => {
  const [x, y, w, h] = mapBox;
  const west = Math.max(-180, x / K - 180), east = Math.min(180, (x + w) / K - 180);
  const north = Math.min(90, 90 - y / K), south = Math.max(-90, 90 - (y + h) / K);
  form.elements.bbox.value = [west, south, east, north].map((v) => v.toFixed(2)).join(",");
  location.hash = filteredPage() + filterQuery(readForm());
});

function setNav(name) {
  for (const a of document.querySelectorAll("header nav a")) a.classList.toggle("active", a.dataset.nav === name);
}

async function render() {
  const { parts, params } = route();
  try {
    if (parts[0] === "event" && parts[1]) { setNav("map"); await eventPage(parts[1]); }
    else if (parts[0] === "document" && parts[1]) { setNav("documents"); await documentPage(decodeURIComponent(parts[1]), params.get("event")); }
    else if (parts[0] === "actor" && parts[1]) { setNav("actors"); await actorPage(parts[1]); }
    else if (parts[0] === "actors") { setNav("actors"); await actorsPage(params); }
    else if (parts[0] === "documents") { setNav("documents"); await documentsPage(params); }
    else if (parts[0] === "analyse") { setNav("analyse"); await analysePage(); }
    else if (parts[0] === "network") { setNav("network"); await networkPage(params); }
    else { setNav("map"); await eventsPage(params); }
    document.body.dataset.ready = "1";
  } catch (err) {
    view.innerHTML = `<p class="error" id="error">Error: ${esc(err.message)}</p>`;
    document.body.dataset.ready = "error";
  }
}
window.addEventListener("hashchange", render);

/* ---- events: map, timeline, table --------------------------------------------------------- */

async function loadBasemap() {
  if (!basemap) basemap = await api("/static/world.geojson");
  return basemap;
}

function ringPath(ring) {
  let d = "";
  let prevLon = null;
  for (const [lon, lat] of ring) {
    const [x, y] = project(lon, lat);
    // Break the line where a ring jumps across the antimeridian instead of striping the map.
    const jump = prevLon !== null && Math.abs(lon - prevLon) > 180;
    d += (d === "" || jump ? "M" : "L") + x.toFixed(1) + "," + y.toFixed(1);
    prevLon = lon;
  }
  return d + "Z";
}

function countryPaths(geo) {
  return geo.features.map((f) => {
    const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    const d = polys.map((rings) => rings.map(ringPath).join("")).join("");
    return `<path class="country" d="${d}"><title>${esc(f.properties.name)}</title></path>`;
  }).join("");
}

function radius(ev) {
  const f = ev.fatalities || {};
  const n = f.low ?? f.best ?? 0;
  return 1.6 + Math.sqrt(n) * 0.9;
}

function fitBox(events) {
  const pts = events.filter((e) => e.location && e.location.latitude != null).map((e) => project(e.location.longitude, e.location.latitude));
  if (!pts.length) return [0, 0, 360 * K, 180 * K];
  const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
  let x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  const pad = 20;
  x0 -= pad; x1 += pad; y0 -= pad; y1 += pad;
  // Keep the map's 2:1 shape.
  let w = x1 - x0, h = y1 - y0;
  if (w < 2 * h) { const grow = 2 * h - w; x0 -= grow / 2; w = 2 * h; } else { const grow = w / 2 - h; y0 -= grow / 2; h = w / 2; }
  return [x0, y0, w, h];
}

function mapSvg(events) {
  const dots = events.filter((e) => e.location && e.location.latitude != null && e.location.longitude != null)
    .sort((a, b) => radius(b) - radius(a))
    .map((e) => {
      const [x, y] = project(e.location.longitude, e.location.latitude);
      const tip = `${e.event_type} — ${e.location.name || ""} ${e.date.event_date || ""} (${(e.fatalities || {}).low ?? (e.fatalities || {}).best ?? 0} killed)`;
      return `<circle class="event-dot" data-id="${e.id}" data-type="${esc(e.event_type)}" cx="${x.toFixed(2)}" cy="${y.toFixed(2)}" r="${radius(e).toFixed(2)}" fill="${colour(e.event_type)}"><title>${esc(tip)}</title></circle>`;
    }).join("");
  return `<svg id="map" viewBox="${mapBox.join(" ")}" preserveAspectRatio="xMidYMid meet" role="img" aria-label="Map of events">
    <g id="countries">${countryPaths(basemap)}</g><g id="dots">${dots}</g></svg>`;
}

function legend() {
  return `<div class="legend">${Object.entries(TYPE_COLOURS).map(([t, c]) => `<span><span class="swatch" style="background:${c}"></span>${esc(t)}</span>`).join("")}
    <span class="muted">circle area ∝ fatalities</span></div>`;
}

function enableMapInteraction() {
  const svg = document.getElementById("map");
  if (!svg) return;
  const apply = () => svg.setAttribute("viewBox", mapBox.join(" "));
  const zoom = (factor, cx, cy) => {
    const [x, y, w, h] = mapBox;
    const nw = Math.min(360 * K, Math.max(4, w * factor)), nh = nw / 2;
    mapBox = [cx - (cx - x) * (nw / w), cy - (cy - y) * (nh / h), nw, nh];
    apply();
  };
  const toMap = (ev) => {
    const r = svg.getBoundingClientRect();
    const [x, y, w, h] = mapBox;
    const scale = Math.max(w / r.width, h / r.height);
    return [x + (ev.clientX - r.left) * scale, y + (ev.clientY - r.top) * scale, scale];
  };
  svg.addEventListener("wheel", (ev) => { ev.preventDefault(); const [mx, my] = toMap(ev); zoom(ev.deltaY > 0 ? 1.25 : 0.8, mx, my); }, { passive: false });
  let drag = null;
  svg.addEventListener("mousedown", (ev) => { drag = { x: ev.clientX, y: ev.clientY, box: mapBox.slice(), scale: toMap(ev)[2] }; });
  window.addEventListener("mouseup", () => { drag = null; });
  svg.addEventListener("mousemove", (ev) => {
    if (!drag) return;
    mapBox = [drag.box[0] - (ev.clientX - drag.x) * drag.scale, drag.box[1] - (ev.clientY - drag.y) * drag.scale, drag.box[2], drag.box[3]];
    apply();
  });
  svg.addEventListener("click", (ev) => {
    const dot = ev.target.closest(".event-dot");
    if (dot) location.hash = `#/event/${dot.dataset.id}`;
  });
  document.getElementById("zoom-in").onclick = () => zoom(0.6, mapBox[0] + mapBox[2] / 2, mapBox[1] + mapBox[3] / 2);
  document.getElementById("zoom-out").onclick = () => zoom(1 / 0.6, mapBox[0] + mapBox[2] / 2, mapBox[1] + mapBox[3] / 2);
  document.getElementById("zoom-world").onclick = () => { mapBox = [0, 0, 360 * K, 180 * K]; apply(); };
}

function continuousWeeks(weeks) {
  // Empty weeks between the first and last get a slot too, so gaps in the fighting show as gaps.
  const first = new Date(weeks[0] + "T00:00:00Z"), last = new Date(weeks[weeks.length - 1] + "T00:00:00Z");
  const span = Math.round((last - first) / (7 * 86400000));
  if (span > 520) return weeks;
  const out = [];
  for (let i = 0; i <= span; i++) out.push(new Date(first.getTime() + i * 7 * 86400000).toISOString().slice(0, 10));
  return out;
}

function timelineSvg(stats) {
  let weeks = [...new Set(stats.by_week.map((r) => r.week))].sort();
  if (!weeks.length) return `<p class="muted">No dated events.</p>`;
  weeks = continuousWeeks(weeks);
  const types = Object.keys(stats.by_type);
  const totals = {};
  for (const r of stats.by_week) totals[r.week] = (totals[r.week] || 0) + r.count;
  const max = Math.max(...Object.values(totals));
  const W = 900, H = 180, left = 30, bottom = 30, bw = Math.max(2, (W - left - 10) / weeks.length);
  let bars = "";
  weeks.forEach((week, i) => {
    let y = H - bottom;
    for (const t of types) {
      const row = stats.by_week.find((r) => r.week === week && r.event_type === t);
      if (!row) continue;
      const h = (row.count / max) * (H - bottom - 10);
      y -= h;
      bars += `<rect class="bar" data-week="${week}" data-type="${esc(t)}" data-count="${row.count}" x="${(left + i * bw + 1).toFixed(1)}" y="${y.toFixed(1)}" width="${(bw - 2).toFixed(1)}" height="${h.toFixed(1)}" fill="${colour(t)}"><title>week of ${week}: ${row.count} ${esc(t)}</title></rect>`;
    }
  });
  const step = Math.ceil(weeks.length / 8);
  const labels = weeks.map((w, i) => (i % step === 0 ? `<text x="${left + i * bw}" y="${H - 12}">${w}</text>` : "")).join("");
  return `<svg id="timeline" viewBox="0 0 ${W} ${H}" preserveAspectRatio="none" role="img" aria-label="Events per week by type">
    <text x="2" y="12">${max}</text><line x1="${left}" y1="${H - bottom}" x2="${W}" y2="${H - bottom}" stroke="#999"/>${bars}${labels}</svg>`;
}

function actorLink(a) {
  return a ? `<a href="#/actor/${a.id}">${esc(a.name)}</a>` : "";
}

function eventRows(events) {
  return events.map((e) => `<tr class="event-row" data-id="${e.id}">
    <td><a href="#/event/${e.id}">${esc(e.date.event_date || "undated")}</a></td>
    <td><span class="swatch" style="background:${colour(e.event_type)}"></span>${esc(e.event_type)}<br><span class="muted">${esc(e.sub_event_type || "")}</span></td>
    <td>${actorLink(e.actor1)}${e.actor2 ? " vs " + actorLink(e.actor2) : ""}</td>
    <td>${esc(e.location ? [e.location.name, e.location.admin1, e.location.country].filter(Boolean).join(", ") : "")}</td>
    <td>${esc((e.fatalities || {}).low ?? (e.fatalities || {}).best ?? "")}</td>
    <td><a href="#/document/${encodeURIComponent(e.document_id)}?event=${e.id}">${esc(e.document.title || e.document_id)}</a></td></tr>`).join("");
}

function eventsTable(events) {
  return `<table id="events"><thead><tr><th>Date</th><th>Type</th><th>Actors</th><th>Where</th><th>Fatalities</th><th>Article</th></tr></thead>
    <tbody>${eventRows(events)}</tbody></table>`;
}

async function eventsPage(params) {
  const f = filtersFromParams(params);
  fillForm(f);
  const offset = Number(params.get("offset") || 0);
  const [geo, page, all, stats] = await Promise.all([
    loadBasemap(),
    api("/events?" + filterQuery(f, { limit: PAGE, offset })),
    api("/events?" + filterQuery(f, { limit: 1000 })),
    api("/stats?" + filterQuery(f)),
  ]);
  void geo;
  mapBox = fitBox(all.events);
  const pager = `<div class="pager">
    ${offset > 0 ? `<a href="#/?${filterQuery(f, { offset: Math.max(0, offset - PAGE) })}">‹ newer</a>` : ""}
    <span>${page.total ? offset + 1 : 0}–${Math.min(offset + PAGE, page.total)} of <b id="total">${page.total}</b> events</span>
    ${offset + PAGE < page.total ? `<a href="#/?${filterQuery(f, { offset: offset + PAGE })}">older ›</a>` : ""}</div>`;
  view.innerHTML = `
    <div class="grid">
      <div class="panel"><div class="map-tools"><button id="zoom-in">+</button><button id="zoom-out">−</button><button id="zoom-world">World</button>
        <span class="muted">${all.events.length < all.total ? `map shows the newest ${all.events.length}` : ""}</span></div>
        ${mapSvg(all.events)}${legend()}</div>
      <div class="panel"><h2>Summary</h2><dl class="facts">
        <dt>Events</dt><dd id="stat-events">${stats.events}</dd>
        <dt>Fatalities</dt><dd id="stat-fatalities">${stats.fatalities}</dd>
        <dt>Undated</dt><dd>${stats.undated}</dd>
        <dt>Articles</dt><dd>${stats.totals.documents}</dd>
        <dt>Actors</dt><dd>${stats.totals.actors}</dd></dl>
        <h2>By type</h2><dl class="facts">${Object.entries(stats.by_type).map(([t, n]) => `<dt><span class="swatch" style="background:${colour(t)}"></span>${esc(t)}</dt><dd>${n}</dd>`).join("")}</dl></div>
    </div>
    <div class="panel"><h2>Timeline (events per week)</h2>${timelineSvg(stats)}</div>
    ${pager}${eventsTable(page.events)}`;
  enableMapInteraction();
}

/* ---- one event ---------------------------------------------------------------------------- */

function evidenceHtml(sp, docId, eventId) {
  return `<div class="evidence-block">…${esc(sp.before)}<mark class="evidence" data-start="${sp.start}" data-end="${sp.end}">${esc(sp.text)}</mark>${esc(sp.after)}…
    <a class="muted" href="#/document/${encodeURIComponent(docId)}?event=${eventId}">in the article ›</a></div>`;
}

async function eventPage(id) {
  const e = await api(`/events/${encodeURIComponent(id)}`);
  const loc = e.location;
  const fat = e.fatalities || {};
  view.innerHTML = `
    <h1 id="event-title"><span class="tag" style="background:${colour(e.event_type)}">${esc(e.event_type)}</span> ${esc(e.sub_event_type || "")}</h1>
    <div class="grid"><div class="panel"><dl class="facts">
      <dt>Date</dt><dd>${esc(e.date.event_date || "unknown")} ${e.date.text ? `<span class="muted">(“${esc(e.date.text)}”, precision ${esc(e.date.precision)})</span>` : ""}</dd>
      <dt>Actor 1</dt><dd>${actorLink(e.actor1) || "—"}</dd>
      <dt>Actor 2</dt><dd>${actorLink(e.actor2) || "—"}</dd>
      <dt>Associated</dt><dd>${e.assoc_actors.map(actorLink).join(", ") || "—"}</dd>
      <dt>Where</dt><dd>${loc ? esc([loc.name, loc.admin2, loc.admin1, loc.country].filter(Boolean).join(", ")) + (loc.latitude != null ? ` <span class="muted">(${loc.latitude}, ${loc.longitude}; precision ${loc.precision})</span>` : "") : "unknown"}</dd>
      <dt>Fatalities</dt><dd id="fatalities">${fat.low ?? fat.best ?? "unknown"}${fat.high != null && fat.high !== (fat.low ?? fat.best) ? ` <span class="muted">(reports up to ${fat.high})</span>` : ""}</dd>
      <dt>PLOVER</dt><dd>${esc(e.plover || "—")}</dd>
      <dt>Confidence</dt><dd>${esc(e.confidence)}</dd></dl></div>
    <div class="panel"><h2>Sources</h2><ul id="sources">${e.sources.map((s) => `<li><a href="#/document/${encodeURIComponent(s.document_id)}?event=${e.id}">${esc(s.title || s.document_id)}</a>
      <span class="muted">${esc([s.source, s.published].filter(Boolean).join(", "))}</span>${safeUrl(s.url) ? ` <a href="${esc(s.url)}" rel="noreferrer">original</a>` : ""}</li>`).join("")}</ul></div></div>
    <div class="panel"><h2>Claims</h2>${e.claims.length ? `<table id="claims"><thead><tr><th>Who</th><th>Stance</th><th>About</th><th>Value</th><th>Evidence</th></tr></thead><tbody>
      ${e.claims.map((c) => `<tr class="claim"><td>${c.by ? actorLink(c.by) : esc(c.by_text)}</td><td class="stance-${esc(c.stance)}">${esc(c.stance)}</td><td>${esc(c.about)}</td><td>${esc(c.value == null ? "" : JSON.stringify(c.value))}</td>
        <td>${evidenceHtml(c.evidence, c.document_id, e.id)}</td></tr>`).join("")}</tbody></table>` : `<p class="muted">No claims recorded.</p>`}</div>
    <div class="panel"><h2>Evidence</h2><div id="evidence">${e.sources.map((s) => s.evidence.map((sp) => evidenceHtml(sp, s.document_id, e.id)).join("")).join("")}</div></div>`;
}

/* ---- one article -------------------------------------------------------------------------- */

function highlighted(text, highlights, focusEvent) {
  // Merge overlapping spans so each character is wrapped at most once.
  const spans = highlights.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  let out = "", pos = 0;
  for (const h of spans) {
    if (h.end <= pos) continue;
    const start = Math.max(h.start, pos);
    out += esc(text.slice(pos, start));
    const focus = String(h.event_id) === String(focusEvent) ? " focus" : "";
    out += `<mark class="evidence${focus}" data-event="${h.event_id}" title="${esc(h.event_type)}">${esc(text.slice(start, h.end))}</mark>`;
    pos = h.end;
  }
  return out + esc(text.slice(pos));
}

async function documentPage(id, focusEvent) {
  const d = await api(`/documents/${encodeURIComponent(id)}`);
  view.innerHTML = `
    <h1 id="document-title">${esc(d.title || d.id)}</h1>
    <p class="muted">${esc([d.source, d.published].filter(Boolean).join(" · "))} ${safeUrl(d.url) ? `· <a href="${esc(d.url)}" rel="noreferrer">${esc(d.url)}</a>` : (d.url ? "· " + esc(d.url) : "")}</p>
    <div class="grid"><div class="article-text" id="article-text">${highlighted(d.text, d.highlights, focusEvent)}</div>
    <div><div class="panel"><h2>Events in this article</h2>${d.events.length ? eventsTable(d.events) : `<p class="muted">No events found.</p>`}</div>
    <div class="panel"><h2>Actors</h2><ul>${d.actors.map((a) => `<li>${actorLink(a)} <span class="muted">${esc(a.kind)}</span></li>`).join("")}</ul></div></div></div>`;
  view.querySelector("#article-text").addEventListener("click", (ev) => {
    const m = ev.target.closest("mark[data-event]");
    if (m) location.hash = `#/event/${m.dataset.event}`;
  });
  const focus = view.querySelector("mark.focus");
  if (focus) focus.scrollIntoView({ block: "center" });
}

/* ---- actors and articles ------------------------------------------------------------------ */

async function actorsPage(params) {
  const q = params.get("q") || "";
  const data = await api("/actors?" + new URLSearchParams({ q, limit: 500 }));
  view.innerHTML = `<h1>Actors <span class="muted">(${data.total})</span></h1>
    <form id="actor-search"><input name="q" value="${esc(q)}" placeholder="name contains"> <button>Search</button></form>
    <table id="actors"><thead><tr><th>Name</th><th>Kind</th><th>Country</th><th>Events</th><th>Articles</th></tr></thead><tbody>
    ${data.actors.map((a) => `<tr><td>${actorLink(a)}</td><td>${esc(a.kind)}</td><td>${esc(a.country || "")}</td><td>${a.events}</td><td>${a.documents}</td></tr>`).join("")}</tbody></table>`;
  view.querySelector("#actor-search").addEventListener("submit", (ev) => {
    ev.preventDefault();
    location.hash = "#/actors?" + new URLSearchParams({ q: ev.target.elements.q.value });
  });
}

async function actorPage(id) {
  const a = await api(`/actors/${encodeURIComponent(id)}`);
  const stats = { by_week: a.timeline, by_type: Object.fromEntries(a.timeline.map((r) => [r.event_type, 0])) };
  view.innerHTML = `<h1 id="actor-name">${esc(a.name)}</h1>
    <p class="muted">${esc(a.kind)}${a.country ? " · " + esc(a.country) : ""}${a.affiliation ? " · part of " + actorLink(a.affiliation) : ""}${a.aliases.length ? " · also named " + esc(a.aliases.join(", ")) : ""}</p>
    <div class="panel"><h2>Timeline</h2>${timelineSvg(stats)}</div>
    <div class="panel"><h2>Events (${a.events.length})</h2>${eventsTable(a.events)}</div>
    <div class="panel"><h2>Relations</h2>${a.relations.length ? `<table id="relations"><thead><tr><th>Date</th><th>Source</th><th></th><th>Target</th><th>PLOVER</th></tr></thead><tbody>
      ${a.relations.map((r) => `<tr><td>${esc(r.date.start || "")}</td><td>${actorLink(r.source)}</td><td>${esc(r.polarity)}${r.contested ? " (contested)" : ""}</td><td>${actorLink(r.target)}</td><td>${esc(r.plover || "")}</td></tr>`).join("")}</tbody></table>` : `<p class="muted">None recorded.</p>`}</div>`;
}

async function documentsPage(params) {
  const offset = Number(params.get("offset") || 0);
  const data = await api("/documents?" + new URLSearchParams({ limit: PAGE, offset }));
  view.innerHTML = `<h1>Articles <span class="muted">(${data.total})</span></h1>
    <table id="documents"><thead><tr><th>Title</th><th>Source</th><th>Published</th><th>Events</th></tr></thead><tbody>
    ${data.documents.map((d) => `<tr><td><a href="#/document/${encodeURIComponent(d.id)}">${esc(d.title || d.id)}</a></td><td>${esc(d.source || "")}</td><td>${esc(d.published || "")}</td><td>${d.events}</td></tr>`).join("")}</tbody></table>
    <div class="pager">${offset > 0 ? `<a href="#/documents?offset=${Math.max(0, offset - PAGE)}">‹ previous</a>` : ""}
    ${offset + PAGE < data.total ? `<a href="#/documents?offset=${offset + PAGE}">next ›</a>` : ""}</div>`;
}

/* ---- the actor network: relations and actor-vs-actor events, filtered like the map --------- */

const NETWORK_ROWS = 500;

async function networkPage(params) {
  const f = filtersFromParams(params);
  fillForm(f);
  const net = await api("/network?" + filterQuery(f));
  const names = Object.fromEntries(net.nodes.map((n) => [n.id, n]));
  const relations = net.edges.filter((e) => e.type === "relation").length;
  const edges = net.edges.slice().sort((a, b) => String(b.date || "").localeCompare(String(a.date || ""))).slice(0, NETWORK_ROWS);
  const link = (e) => e.type === "relation"
    ? `${esc(e.polarity || "")}${e.contested ? " (contested)" : ""}${e.plover ? ` <span class="muted">${esc(e.plover)}</span>` : ""}`
    : `<span class="swatch" style="background:${colour(e.event_type)}"></span>${e.event_id ? `<a href="#/event/${e.event_id}">${esc(e.event_type)}</a>` : esc(e.event_type)}`;
  view.innerHTML = `<h1>Actor network</h1>
    <p class="muted"><b id="network-nodes">${net.nodes.length}</b> actors, <b id="network-relations">${relations}</b> relations and
      ${net.edges.length - relations} actor-vs-actor events match the filters${net.edges.length > NETWORK_ROWS ? ` (the newest ${NETWORK_ROWS} are listed)` : ""}.
      Export the whole graph for Gephi with <code>warscope export --format gexf</code>.</p>
    <table id="network-edges"><thead><tr><th>Date</th><th>Source</th><th>Link</th><th>Target</th><th>Article</th></tr></thead><tbody>
    ${edges.map((e) => `<tr class="edge-row" data-link="${esc(e.type)}"><td>${esc(e.date || "undated")}</td>
      <td>${actorLink(names[e.source])}</td><td>${link(e)}</td><td>${actorLink(names[e.target])}</td>
      <td><a href="#/document/${encodeURIComponent(e.document_id)}${e.event_id ? `?event=${e.event_id}` : ""}">article</a></td></tr>`).join("")}</tbody></table>`;
}

/* ---- analyse a pasted article ------------------------------------------------------------- */

async function analysePage() {
  const cfg = await api("/config");
  view.innerHTML = `<h1>Analyse an article</h1>
    ${cfg.extract_enabled ? "" : `<p class="error">This server listens beyond localhost without a token: analysis is disabled.</p>`}
    <form id="analyse"><textarea name="text" placeholder="Paste the article text or HTML here"></textarea>
      <p><label>Published <input name="published" type="date"></label> <label>Source <input name="source"></label>
      <label>URL <input name="url"></label> <label><input name="store" type="checkbox"> store it</label>
      ${cfg.extract_needs_token ? `<label>Token <input name="token" type="password"></label>` : ""}
      <button>Analyse</button></p></form><div id="analysis"></div>`;
  view.querySelector("#analyse").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const el = ev.target.elements;
    const text = el.text.value;
    const body = { published: el.published.value || null, source: el.source.value || null, url: el.url.value || null, store: el.store.checked };
    if (/^\s*</.test(text)) body.html = text; else body.text = text;
    const headers = { "Content-Type": "application/json" };
    if (el.token && el.token.value) headers.Authorization = "Bearer " + el.token.value;
    const out = document.getElementById("analysis");
    out.innerHTML = `<p class="muted">Analysing…</p>`;
    // Tells scripts (and the browser tests) when the answer is on the page.
    out.dataset.state = "busy";
    try {
      const res = await api("/extract", { method: "POST", headers, body: JSON.stringify(body) });
      const x = res.extraction;
      const actors = Object.fromEntries(x.actors.map((a) => [a.id, a.name]));
      const hl = x.events.flatMap((e, i) => e.evidence.map((sp) => ({ start: sp.start, end: sp.end, event_id: i, event_type: e.event_type })));
      out.innerHTML = `${res.stored ? `<p>Stored as <a href="#/document/${encodeURIComponent(res.stored)}">${esc(res.stored)}</a>.</p>` : ""}
        <h2>${x.events.length} event(s)</h2><ul id="analysis-events">${x.events.map((e) => `<li><span class="tag" style="background:${colour(e.event_type)}">${esc(e.event_type)}</span>
          ${esc(e.sub_event_type || "")} · ${esc(e.date.start || "undated")} · ${esc(e.location ? e.location.name : "unknown place")} · ${esc(actors[e.actor1] || "")}${e.actor2 ? " vs " + esc(actors[e.actor2] || "") : ""}</li>`).join("")}</ul>
        <div class="article-text" id="analysis-text">${highlighted(x.document.text, hl, null)}</div>`;
      out.dataset.state = "done";
    } catch (err) {
      out.innerHTML = `<p class="error" id="analysis-error">${esc(err.message)}</p>`;
      out.dataset.state = "error";
    }
  });
}

render();
