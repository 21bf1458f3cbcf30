// Cosmodrome web app: plain JavaScript over the HTTP API, CesiumJS for the globe, no network beyond this server.
"use strict";

const $ = (id) => document.getElementById(id);
const state = { ascent: null, track: null, job: null, poll: null, page: "launch",
  tracking: null, elements: null, observer: null, passTrack: null };
window.cosmodrome = state;

// ---- the globe: Natural Earth II imagery shipped with Cesium, no Ion, no terrain, no online layers ----
Cesium.Ion.defaultAccessToken = "";
const viewer = new Cesium.Viewer("globe", {
  baseLayer: Cesium.ImageryLayer.fromProviderAsync(
    Cesium.TileMapServiceImageryProvider.fromUrl(Cesium.buildModuleUrl("Assets/Textures/NaturalEarthII"))),
  terrainProvider: new Cesium.EllipsoidTerrainProvider(),
  baseLayerPicker: false, geocoder: false, sceneModePicker: true, navigationHelpButton: false,
  fullscreenButton: false, homeButton: true, animation: true, timeline: true, infoBox: true,
  contextOptions: { webgl: { preserveDrawingBuffer: true } },
});
state.viewer = viewer;

function status(text) { $("status").textContent = text || ""; }

async function api(path, options) {
  const r = await fetch(path, options);
  const type = r.headers.get("Content-Type") || "";
  const body = type.includes("json") ? await r.json() : await r.text();
  if (!r.ok) {
    const e = new Error(body && body.message ? body.message : r.status + " " + r.statusText);
    e.body = body;
    e.status = r.status;
    throw e;
  }
  return body;
}

function showError(el, e) {
  el.innerHTML = "";
  const p = document.createElement("p");
  p.className = "error";
  p.textContent = (e.status ? e.status + " " : "") + e.message;
  el.appendChild(p);
}

function table(rows, columns, onPick) {
  const t = document.createElement("table");
  const head = t.createTHead().insertRow();
  columns.forEach(([title]) => { const th = document.createElement("th"); th.textContent = title; head.appendChild(th); });
  const body = t.createTBody();
  rows.forEach((row) => {
    const tr = body.insertRow();
    columns.forEach(([, get]) => { tr.insertCell().textContent = get(row) ?? ""; });
    if (onPick) { tr.className = "pick"; tr.onclick = () => onPick(row); }
  });
  return t;
}

function figures(pairs) {
  const t = document.createElement("table");
  pairs.filter(([, v]) => v !== undefined && v !== null).forEach(([k, v]) => {
    const tr = t.insertRow();
    tr.insertCell().textContent = k;
    tr.insertCell().textContent = v;
  });
  return t;
}

// ---- tabs ----
// each page keeps its own layers on the globe; only the current page's are shown
function showLayers() {
  const page = state.page;
  if (state.ascent) state.ascent.show = page === "launch";
  if (state.track) state.track.show = page === "mission";
  if (state.tracking) state.tracking.show = page === "tracking";
  [state.observer, state.passTrack].forEach((e) => { if (e) e.show = page === "tracking"; });
}

document.querySelectorAll(".tab").forEach((b) => b.addEventListener("click", () => {
  document.querySelectorAll(".tab").forEach((x) => x.classList.toggle("active", x === b));
  document.querySelectorAll(".page").forEach((p) => p.classList.toggle("hidden", p.id !== "page-" + b.dataset.page));
  state.page = b.dataset.page;
  showLayers();
}));

// ---- launch ----
const launchForm = $("launch-form");
launchForm.sso.addEventListener("change", () => { launchForm.inclinationDeg.disabled = launchForm.sso.checked; });

async function loadCatalogs() {
  const [sites, vehicles] = await Promise.all([api("/api/sites"), api("/api/vehicles")]);
  sites.sites.forEach((s) => $("site").add(new Option(s.name + " (" + s.id + ")", s.id)));
  vehicles.vehicles.forEach((v) => $("vehicle").add(new Option(v.name + " (" + v.id + ")", v.id)));
  $("site").value = "vostochny";
  $("vehicle").value = "angara-1.2";
}

function launchQuery() {
  const f = launchForm;
  const q = new URLSearchParams({ site: f.site.value, vehicle: f.vehicle.value, altitudeKm: f.altitudeKm.value });
  if (f.sso.checked) q.set("sso", "true"); else q.set("inclinationDeg", f.inclinationDeg.value);
  if (f.payloadKg.value) q.set("payloadKg", f.payloadKg.value);
  if (f.launchUtc.value) q.set("launchUtc", f.launchUtc.value);
  return q;
}

async function runLaunch(ev) {
  if (ev) ev.preventDefault();
  const out = $("launch-result");
  out.textContent = "flying...";
  document.body.dataset.ascent = "running";
  try {
    const q = launchQuery();
    const r = await api("/api/launch?" + q);
    q.set("format", "czml");
    const czml = await api("/api/launch?" + q);
    out.innerHTML = "";
    const head = document.createElement("div");
    head.className = "figure";
    head.textContent = Math.round(r.payloadKg) + " kg" + (r.capacityKg !== r.payloadKg ? " (capacity " + Math.round(r.capacityKg) + " kg)" : "");
    out.appendChild(head);
    out.appendChild(figures([
      ["target", r.target.perigeeKm + " x " + r.target.apogeeKm + " km, " + r.target.inclinationDeg + " deg"],
      ["reaches orbit", r.reachesOrbit ? "yes" : "no"],
      ["azimuth", r.azimuthDeg + " deg " + r.direction + " (" + r.corridor + ")"],
      ["plan", r.plan],
      ["insertion", r.insertion && (r.insertion.perigeeKm + " x " + r.insertion.apogeeKm + " km at T+" + r.insertion.timeS + " s")],
      ["max q", r.maxDynamicPressurePa && (r.maxDynamicPressurePa / 1000).toFixed(1) + " kPa"],
      ["max acceleration", r.maxAccelerationG && r.maxAccelerationG + " g"],
    ]));
    out.appendChild(table(r.events || [], [["T+ s", (e) => e.timeS], ["event", (e) => e.name],
      ["alt km", (e) => e.altitudeKm], ["speed m/s", (e) => e.speedMps]]));
    (r.warnings || []).forEach((w) => { const p = document.createElement("p"); p.className = "muted"; p.textContent = "warning: " + w; out.appendChild(p); });
    await showAscent(czml);
    document.body.dataset.ascent = "ready";
  } catch (e) {
    document.body.dataset.ascent = "error";
    showError(out, e);
  }
}

async function showAscent(czml) {
  if (state.ascent) viewer.dataSources.remove(state.ascent, true);
  state.ascent = await Cesium.CzmlDataSource.load(czml);
  await viewer.dataSources.add(state.ascent);
  const clock = state.ascent.clock;
  if (clock) {
    viewer.clock.startTime = clock.startTime.clone();
    viewer.clock.stopTime = clock.stopTime.clone();
    viewer.clock.currentTime = clock.startTime.clone();
    viewer.clock.clockRange = Cesium.ClockRange.LOOP_STOP;
    viewer.clock.multiplier = 20;
    viewer.clock.shouldAnimate = true;
    viewer.timeline.zoomTo(clock.startTime, clock.stopTime);
  }
  const site = state.ascent.entities.getById("site");
  if (site) {
    const p = Cesium.Cartographic.fromCartesian(site.position.getValue(viewer.clock.currentTime));
    viewer.camera.flyTo({ destination: Cesium.Cartesian3.fromRadians(p.longitude, p.latitude - 0.25, 2500000),
      orientation: { pitch: Cesium.Math.toRadians(-60) }, duration: 1.5 });
  }
}

async function runWindows(ev) {
  if (ev) ev.preventDefault();
  const out = $("windows-result");
  out.textContent = "searching...";
  const w = $("windows-form");
  const f = launchForm;
  const q = new URLSearchParams({ site: f.site.value, vehicle: f.vehicle.value, altitudeKm: f.altitudeKm.value,
    from: w.from.value, days: w.days.value });
  if (f.sso.checked) { q.set("sso", "true"); q.set("ltan", w.ltan.value); } else {
    q.set("raanDeg", w.raanDeg.value); q.set("epoch", w.from.value); q.set("inclinationDeg", f.inclinationDeg.value);
  }
  try {
    const r = await api("/api/windows?" + q);
    out.innerHTML = "";
    const p = document.createElement("p");
    p.className = "muted";
    p.textContent = r.windows.length + " windows, plane inclination " + r.plane.inclinationDeg + " deg (" + r.plane.kind
      + "); click one to fly at its liftoff time (the optimal time corrected for the ascent's node drift).";
    out.appendChild(p);
    const utc = (t) => t ? t.replace("T", " ").replace("Z", "") : "";
    out.appendChild(table(r.windows, [["optimal UTC", (x) => utc(x.optimalUtc)], ["liftoff UTC", (x) => utc(x.liftoffUtc)],
      ["az deg", (x) => x.azimuthDeg], ["node", (x) => x.node], ["kg", (x) => x.payloadKg]], (x) => {
      launchForm.launchUtc.value = x.liftoffUtc || x.optimalUtc;
      runLaunch();
    }));
  } catch (e) {
    showError(out, e);
  }
}

launchForm.addEventListener("submit", runLaunch);
$("windows-form").addEventListener("submit", runWindows);

// ---- mission ----
async function loadDemoMission() {
  $("mission-yaml").value = await (await fetch("missions/demo.yaml")).text();
}

$("mission-file").addEventListener("change", async (ev) => {
  const file = ev.target.files[0];
  if (file) $("mission-yaml").value = await file.text();
});

async function runPlan() {
  const out = $("plan-result");
  out.innerHTML = "";
  $("plan-progress").value = 0;
  document.body.dataset.plan = "running";
  try {
    const job = await api("/api/plan", { method: "POST", headers: { "Content-Type": "application/yaml" }, body: $("mission-yaml").value });
    state.job = job.id;
    $("cancel-plan").disabled = false;
    $("run-plan").disabled = true;
    pollJob(job.id);
  } catch (e) {
    document.body.dataset.plan = "error";
    showError(out, e);
  }
}

function pollJob(id) {
  clearTimeout(state.poll);
  state.poll = setTimeout(async () => {
    try {
      const s = await api("/api/jobs/" + id);
      $("plan-progress").value = s.progress;
      $("plan-stage").textContent = s.state + ": " + s.stage;
      if (s.state === "queued" || s.state === "running") { pollJob(id); return; }
      $("cancel-plan").disabled = true;
      $("run-plan").disabled = false;
      if (s.state === "done") await showPlan(id, s);
      else if (s.state === "failed") { document.body.dataset.plan = "error"; showError($("plan-result"), { status: "", message: s.error.message }); }
      else document.body.dataset.plan = "cancelled";
    } catch (e) {
      showError($("plan-result"), e);
    }
  }, 400);
}

async function showPlan(id, s) {
  const out = $("plan-result");
  const r = await api("/api/jobs/" + id + "/result");
  const days = r.analysis.durationS / 86400;
  const rows = [];
  if (r.launch) rows.push(["launch", r.launch.vehicle + " from " + r.launch.site + ": " + r.launch.payloadKg + " kg, margin " + r.launch.marginKg + " kg"]);
  if (r.constellation) rows.push(["constellation", r.orbit.description + " (every satellite in satellites.csv; access below: any satellite)"]);
  rows.push(["orbit", r.orbit.perigeeAltitudeKm + " x " + r.orbit.apogeeAltitudeKm + " km, " + r.orbit.inclinationDeg + " deg" + (r.orbit.ltan ? ", LTAN " + r.orbit.ltan : "")]);
  rows.push(["span", days.toFixed(2) + " days from " + r.analysis.startUtc + " (" + r.analysis.propagation + ")"]);
  if (r.contacts) rows.push(["contacts", r.contacts.count + " passes, " + (r.contacts.perDayMeanDurationS / 60).toFixed(1) + " min per day"]);
  if (r.eclipses && r.eclipses.umbraFraction !== undefined) rows.push(["eclipse", (100 * r.eclipses.umbraFraction).toFixed(1) + " % in umbra, longest " + (r.eclipses.maxUmbraDurationS / 60).toFixed(1) + " min, beta " + r.eclipses.betaMinDeg + " to " + r.eclipses.betaMaxDeg + " deg"]);
  const targets = r.access && r.access.targets ? r.access.targets : [];
  targets.forEach((t) => rows.push(["access " + t.target, (t.count ?? "") + " accesses" + (t.maxGapS ? ", max gap " + (t.maxGapS / 3600).toFixed(1) + " h" : "")]));
  (r.warnings || []).forEach((w) => rows.push(["warning", w]));
  out.innerHTML = "";
  out.appendChild(figures(rows));
  const files = document.createElement("p");
  files.className = "files";
  files.appendChild(document.createTextNode("Download: "));
  (s.files || []).forEach((f) => {
    const a = document.createElement("a");
    a.href = f.url; a.textContent = f.name; a.target = "_blank";
    if (!f.name.endsWith(".html")) a.download = f.name;
    files.appendChild(a);
  });
  out.appendChild(files);
  await drawCharts(id, r);
  if (state.track) viewer.dataSources.remove(state.track, true);
  state.track = await Cesium.GeoJsonDataSource.load("/api/jobs/" + id + "/files/ground-track.geojson",
    { stroke: Cesium.Color.ORANGE, strokeWidth: 2, markerSize: 32, markerColor: Cesium.Color.DODGERBLUE, clampToGround: false });
  state.track.entities.values.forEach((e) => {
    if (!e.billboard) return;
    const kind = e.properties && e.properties.kind && e.properties.kind.getValue();
    e.billboard = undefined;
    e.point = new Cesium.PointGraphics({ pixelSize: 10, outlineColor: Cesium.Color.WHITE, outlineWidth: 2,
      color: kind === "target" ? Cesium.Color.RED : Cesium.Color.DODGERBLUE });
    e.label = new Cesium.LabelGraphics({ text: e.name, font: "12px sans-serif", pixelOffset: new Cesium.Cartesian2(0, -16),
      fillColor: Cesium.Color.WHITE, outlineColor: Cesium.Color.BLACK, outlineWidth: 2, style: Cesium.LabelStyle.FILL_AND_OUTLINE });
  });
  await viewer.dataSources.add(state.track);
  // look down on the stations and targets: the mean of their positions
  const pts = state.track.entities.values.filter((e) => e.point).map((e) => Cesium.Cartographic.fromCartesian(e.position.getValue(viewer.clock.currentTime)));
  const lon = pts.length ? pts.reduce((a, p) => a + p.longitude, 0) / pts.length : 0;
  const lat = pts.length ? pts.reduce((a, p) => a + p.latitude, 0) / pts.length : 0;
  viewer.camera.flyTo({ destination: Cesium.Cartesian3.fromRadians(lon, lat, 12000000), duration: 1.5 });
  document.body.dataset.plan = "ready";
}

$("run-plan").addEventListener("click", runPlan);
$("cancel-plan").addEventListener("click", async () => {
  if (state.job) await api("/api/jobs/" + state.job, { method: "DELETE" });
});

// ---- mission charts: plain SVG from the plan's summary (and lifetime.csv for the altitude histories) ----
const SVG = "http://www.w3.org/2000/svg";
const PALETTE = ["#2563eb", "#dc2626", "#059669", "#d97706", "#7c3aed", "#0891b2", "#db2777", "#4b5563"];

function svgEl(tag, attrs, parent, text) {
  const e = document.createElementNS(SVG, tag);
  Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
  if (text !== undefined) e.textContent = text;
  if (parent) parent.appendChild(e);
  return e;
}

function chart(title, width, height) {
  const div = document.createElement("div");
  div.className = "chart";
  const h = document.createElement("h4");
  h.textContent = title;
  div.appendChild(h);
  const svg = svgEl("svg", { viewBox: "0 0 " + width + " " + height, role: "img", "aria-label": title });
  div.appendChild(svg);
  return { div, svg };
}

function legend(div, names) {
  const p = document.createElement("div");
  p.className = "legend";
  names.forEach((n, i) => {
    const span = document.createElement("span");
    const swatch = document.createElement("i");
    swatch.style.background = PALETTE[i % PALETTE.length];
    span.appendChild(swatch);
    span.appendChild(document.createTextNode(n));
    p.appendChild(span);
  });
  div.appendChild(p);
}

// ticks at round values between lo and hi
function ticks(lo, hi, count) {
  if (!(hi > lo)) return [lo];
  const span = hi - lo;
  const raw = span / count;
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((x) => span / x <= count) || raw;
  const out = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) out.push(+v.toFixed(10));
  return out;
}

// rows of intervals (name, [startMs, endMs]) along one time axis: the access and contact timelines
function timeline(title, rows, t0, t1) {
  const W = 360, left = 92, right = 8, rowH = 16, top = 6, H = top + rows.length * rowH + 22;
  const { div, svg } = chart(title, W, H);
  const x = (t) => left + (W - left - right) * (t - t0) / (t1 - t0);
  rows.forEach((row, i) => {
    const y = top + i * rowH;
    svgEl("rect", { x: left, y: y + 2, width: W - left - right, height: rowH - 4, fill: "#f2f4f7" }, svg);
    svgEl("text", { x: left - 4, y: y + rowH - 4, "text-anchor": "end" }, svg, row.name.length > 16 ? row.name.slice(0, 15) + "…" : row.name);
    row.intervals.forEach(([a, b]) => {
      const r = svgEl("rect", { x: x(a), y: y + 2, width: Math.max(1, x(b) - x(a)), height: rowH - 4,
        fill: PALETTE[row.color % PALETTE.length], class: "interval" }, svg);
      svgEl("title", {}, r, new Date(a).toISOString().slice(0, 19) + "Z, " + ((b - a) / 60000).toFixed(1) + " min");
    });
  });
  const hours = (t1 - t0) / 3600000;
  const axisY = top + rows.length * rowH + 12;
  ticks(0, hours, 6).forEach((h) => {
    svgEl("line", { x1: x(t0 + h * 3600000), x2: x(t0 + h * 3600000), y1: top, y2: axisY - 8, stroke: "#d0d5dd", "stroke-width": 0.5 }, svg);
    svgEl("text", { x: x(t0 + h * 3600000), y: axisY, "text-anchor": "middle" }, svg, h + " h");
  });
  return div;
}

// a line or bar chart of series [{name, points: [[x, y]]}]
function plot(title, series, xLabel, yLabel, bars) {
  const W = 360, H = 170, left = 40, right = 8, top = 8, bottom = 30;
  const { div, svg } = chart(title, W, H);
  const all = series.flatMap((s) => s.points);
  if (!all.length) return div;
  const xs = all.map((p) => p[0]), ys = all.map((p) => p[1]);
  const x0 = Math.min(...xs), x1 = Math.max(...xs) + (bars ? 1 : 0);
  const yMax = Math.max(...ys);
  const y0 = Math.min(0, ...ys), y1 = yMax > 0 ? yMax * 1.05 : (y0 < 0 ? 0 : 1);
  const x = (v) => left + (W - left - right) * (v - x0) / ((x1 - x0) || 1);
  const y = (v) => H - bottom - (H - top - bottom) * (v - y0) / ((y1 - y0) || 1);
  ticks(y0, y1, 4).forEach((v) => {
    svgEl("line", { x1: left, x2: W - right, y1: y(v), y2: y(v), stroke: "#e4e7ec" }, svg);
    svgEl("text", { x: left - 4, y: y(v) + 3, "text-anchor": "end" }, svg, v);
  });
  ticks(x0, x1, 6).forEach((v) => svgEl("text", { x: x(v), y: H - bottom + 12, "text-anchor": "middle" }, svg, v));
  svgEl("text", { x: (left + W - right) / 2, y: H - 4, "text-anchor": "middle" }, svg, xLabel);
  svgEl("text", { x: 10, y: (top + H - bottom) / 2, transform: "rotate(-90 10 " + (top + H - bottom) / 2 + ")", "text-anchor": "middle" }, svg, yLabel);
  series.forEach((s, i) => {
    const color = PALETTE[i % PALETTE.length];
    if (bars) {
      const w = Math.max(1, (W - left - right) / ((x1 - x0) || 1) - 1);
      s.points.forEach(([a, b]) => svgEl("rect", { x: x(a), y: y(b), width: w, height: Math.max(0, y(y0) - y(b)), fill: color, class: "bar" }, svg));
    } else {
      svgEl("polyline", { points: s.points.map(([a, b]) => x(a).toFixed(1) + "," + y(b).toFixed(1)).join(" "),
        fill: "none", stroke: color, "stroke-width": 1.5, class: "series" }, svg);
    }
  });
  if (series.length > 1 || series[0].name) legend(div, series.map((s) => s.name));
  return div;
}

function parseCsv(text) {
  const lines = text.trim().split(/\r?\n/);
  const head = lines.shift().split(",");
  return lines.map((l) => { const v = l.split(","); const o = {}; head.forEach((h, i) => { o[h] = v[i]; }); return o; });
}

async function drawCharts(id, r) {
  const out = $("plan-charts");
  out.innerHTML = "";
  const t0 = Date.parse(r.analysis.startUtc), t1 = Date.parse(r.analysis.endUtc);
  const rows = [];
  const accesses = (r.access && r.access.accesses) || [];
  const targets = [...new Set(accesses.map((a) => a.target).concat(((r.access && r.access.targets) || []).map((t) => t.target)))];
  targets.forEach((name) => rows.push({ name, color: 1, intervals: accesses.filter((a) => a.target === name)
    .map((a) => [Date.parse(a.startUtc), Date.parse(a.endUtc)]) }));
  if (rows.length) out.appendChild(timeline("Target access (red)", rows, t0, t1));
  const passes = (r.contacts && r.contacts.passes) || [];
  const stations = ((r.contacts && r.contacts.stations) || []).map((x) => x.station);
  const contactRows = stations.map((name) => ({ name, color: 0, intervals: passes.filter((p) => p.station === name)
    .map((p) => [Date.parse(p.aosUtc), Date.parse(p.losUtc)]) }));
  if (contactRows.length) out.appendChild(timeline("Ground-station contacts (blue)", contactRows, t0, t1));
  const orbits = (r.eclipses && r.eclipses.perOrbit) || [];
  if (orbits.length) {
    out.appendChild(plot("Eclipse per orbit (umbra, min)", [{ name: "", points: orbits.map((o) => [o.orbit, +(o.umbraS / 60).toFixed(2)]) }],
      "orbit", "min", true));
  }
  const beta = (r.eclipses && r.eclipses.beta) || [];
  if (beta.length > 1) {
    out.appendChild(plot("Beta angle (deg)", [{ name: "", points: beta.map((b) => [+((Date.parse(b.timeUtc) - t0) / 86400000).toFixed(3), b.betaDeg]) }],
      "days", "deg", false));
  }
  try {
    const csv = parseCsv(await api("/api/jobs/" + id + "/files/lifetime.csv"));
    const names = [...new Set(csv.map((x) => x.activity))];
    const series = names.map((n) => ({ name: n + " solar activity", points: csv.filter((x) => x.activity === n)
      .map((x) => [+x.years, +x.perigeeAltitudeKm]) }));
    if (series.some((x) => x.points.length)) out.appendChild(plot("Lifetime: perigee altitude (km)", series, "years", "km", false));
  } catch (e) {
    const p = document.createElement("p");
    p.className = "muted";
    p.textContent = "lifetime chart: " + e.message;
    out.appendChild(p);
  }
}

// ---- tracking: a catalog moving on the globe, an observer, its passes ----
const trackingForm = $("tracking-form");
const observerForm = $("observer-form");

async function loadElementCatalogs() {
  const r = await api("/api/catalogs");
  state.catalogs = r.catalogs;
  r.catalogs.forEach((c) => $("tle-catalog").add(new Option(c.id + " (" + c.objects + " objects)", c.id)));
  const stations = r.catalogs.find((c) => c.id.includes("stations"));
  if (stations) $("tle-catalog").value = stations.id;
  catalogPicked();
}

// the window starts at the newest epoch of the catalog, on the hour: element sets are best near their epoch
function startFromEpoch(lastEpochUtc) {
  if (!lastEpochUtc) return;
  const t = new Date(Date.parse(lastEpochUtc));
  t.setUTCMinutes(0, 0, 0);
  trackingForm.from.value = t.toISOString().replace(".000Z", "Z");
}

function catalogPicked() {
  const c = (state.catalogs || []).find((x) => x.id === $("tle-catalog").value);
  if (c) { state.elements = null; $("tle-file").value = ""; startFromEpoch(c.lastEpochUtc); }
}
$("tle-catalog").addEventListener("change", catalogPicked);

$("tle-file").addEventListener("change", async (ev) => {
  const file = ev.target.files[0];
  if (!file) return;
  const out = $("tracking-result");
  try {
    const text = await file.text();
    const r = await api("/api/catalogs", { method: "POST", headers: { "Content-Type": "text/plain" }, body: text });
    state.elements = text;
    out.textContent = file.name + ": " + r.objects + " element sets, epochs " + r.firstEpochUtc + " to " + r.lastEpochUtc;
    startFromEpoch(r.lastEpochUtc);
  } catch (e) {
    state.elements = null;
    showError(out, e);
  }
});

// the element sets of a request: the uploaded text as the body, or the bundled catalog by id
function elementsRequest(path, params, catalogNumber) {
  const q = new URLSearchParams(params);
  const f = trackingForm;
  if (catalogNumber) q.set("catalogNumbers", catalogNumber);
  else {
    if (f.catalogNumbers.value.trim()) q.set("catalogNumbers", f.catalogNumbers.value.trim());
    if (f.name.value.trim()) q.set("name", f.name.value.trim());
  }
  if (state.elements) return api(path + "?" + q, { method: "POST", headers: { "Content-Type": "text/plain" }, body: state.elements });
  q.set("catalog", $("tle-catalog").value);
  return api(path + "?" + q);
}

async function loadTracking(ev) {
  if (ev) ev.preventDefault();
  const out = $("tracking-result");
  out.textContent = "propagating...";
  document.body.dataset.tracking = "running";
  try {
    const hours = Math.min(48, Math.max(0.1, +trackingForm.hours.value || 3));
    const from = new Date(Date.parse(trackingForm.from.value));
    if (isNaN(from)) throw new Error("From: give an ISO-8601 UTC time such as 2026-05-30T12:00:00Z");
    const to = new Date(from.getTime() + hours * 3600000);
    const czml = await elementsRequest("/api/propagate", { from: from.toISOString(), to: to.toISOString(), stepS: 60, format: "czml" });
    if (state.tracking) viewer.dataSources.remove(state.tracking, true);
    state.tracking = await Cesium.CzmlDataSource.load(czml);
    await viewer.dataSources.add(state.tracking);
    const clock = state.tracking.clock;
    viewer.clock.startTime = clock.startTime.clone();
    viewer.clock.stopTime = clock.stopTime.clone();
    viewer.clock.currentTime = clock.startTime.clone();
    viewer.clock.clockRange = Cesium.ClockRange.LOOP_STOP;
    viewer.clock.multiplier = 60;
    viewer.clock.shouldAnimate = true;
    viewer.timeline.zoomTo(clock.startTime, clock.stopTime);
    const count = state.tracking.entities.values.length;
    out.innerHTML = "";
    const p = document.createElement("p");
    p.textContent = count + " objects moving over " + hours + " h from " + from.toISOString().slice(0, 16) + "Z (60x). "
      + "Yellow: low orbits, green: medium, red: geosynchronous, violet: others.";
    out.appendChild(p);
    document.body.dataset.tracking = "ready";
  } catch (e) {
    document.body.dataset.tracking = "error";
    showError(out, e);
  }
}

function placeObserver() {
  const f = observerForm;
  const lat = +f.lat.value, lon = +f.lon.value, alt = +f.altM.value || 0;
  if (state.observer) viewer.entities.remove(state.observer);
  state.observer = viewer.entities.add({ id: "observer", name: "observer",
    position: Cesium.Cartesian3.fromDegrees(lon, lat, alt),
    point: { pixelSize: 11, color: Cesium.Color.LIME, outlineColor: Cesium.Color.BLACK, outlineWidth: 2 },
    label: { text: "observer", font: "12px sans-serif", pixelOffset: new Cesium.Cartesian2(0, -18), style: Cesium.LabelStyle.FILL_AND_OUTLINE,
      outlineWidth: 2, fillColor: Cesium.Color.LIME, outlineColor: Cesium.Color.BLACK } });
}

// a click on the globe (not on a satellite) places the observer there
new Cesium.ScreenSpaceEventHandler(viewer.scene.canvas).setInputAction((click) => {
  if (state.page !== "tracking") return;
  const picked = viewer.scene.pick(click.position);
  if (Cesium.defined(picked) && picked.id && picked.id.id !== "observer") return;
  const cartesian = viewer.camera.pickEllipsoid(click.position, viewer.scene.globe.ellipsoid);
  if (!cartesian) return;
  const c = Cesium.Cartographic.fromCartesian(cartesian);
  observerForm.lat.value = Cesium.Math.toDegrees(c.latitude).toFixed(4);
  observerForm.lon.value = Cesium.Math.toDegrees(c.longitude).toFixed(4);
  observerForm.altM.value = 0;
  placeObserver();
}, Cesium.ScreenSpaceEventType.LEFT_CLICK);
["lat", "lon", "altM"].forEach((n) => observerForm[n].addEventListener("change", placeObserver));

const hms = (iso) => iso.slice(5, 19).replace("T", " ");

async function runPasses(ev) {
  if (ev) ev.preventDefault();
  const out = $("passes-result");
  out.textContent = "predicting...";
  document.body.dataset.passes = "running";
  placeObserver();
  const f = observerForm;
  try {
    const params = { observer: [f.lat.value, f.lon.value, f.altM.value || 0].join(","), from: trackingForm.from.value,
      days: f.days.value, minElevationDeg: f.minElevationDeg.value };
    if (f.visibleOnly.checked) params.visibleOnly = "true";
    if (f.mask.value.trim()) params.mask = f.mask.value.trim();
    const r = await elementsRequest("/api/passes", params);
    out.innerHTML = "";
    const p = document.createElement("p");
    p.className = "muted";
    p.textContent = r.passCount + " passes of " + r.objects + " objects from " + r.fromUtc + " to " + r.toUtc
      + (r.failures.length ? " (" + r.failures.length + " element sets failed)" : "") + "; click one to show its track.";
    out.appendChild(p);
    const t = table(r.passes, [["object", (x) => x.name || x.catalogNumber], ["AOS UTC", (x) => hms(x.aosUtc)],
      ["max el", (x) => x.maxElevationDeg], ["min", (x) => (x.durationS / 60).toFixed(1)], ["vis", (x) => (x.visible ? "yes" : "")]],
      (x) => showPass(x));
    out.appendChild(t);
    state.passes = r.passes;
    document.body.dataset.passes = "ready";
  } catch (e) {
    document.body.dataset.passes = "error";
    showError(out, e);
  }
}

// the satellite's track during one pass, from AOS to LOS, Earth-fixed, with a line of sight at culmination
async function showPass(pass) {
  document.body.dataset.pass = "running";
  document.querySelectorAll("#passes-result tr").forEach((tr, i) => tr.classList.toggle("picked", state.passes[i - 1] === pass));
  try {
    const span = Date.parse(pass.losUtc) - Date.parse(pass.aosUtc);
    const stepS = Math.max(2, Math.round(span / 1000 / 120));
    const r = await elementsRequest("/api/propagate", { from: pass.aosUtc, to: pass.losUtc, stepS, frame: "ITRF" }, String(pass.catalogNumber));
    const pts = r.states.filter((x) => x.positionKm).map((x) => new Cesium.Cartesian3(x.positionKm[0] * 1000, x.positionKm[1] * 1000, x.positionKm[2] * 1000));
    if (state.passTrack) viewer.entities.remove(state.passTrack);
    if (state.lineOfSight) viewer.entities.remove(state.lineOfSight);
    state.passTrack = viewer.entities.add({ id: "pass-track", name: (pass.name || pass.catalogNumber) + " pass",
      description: "AOS " + pass.aosUtc + ", TCA " + pass.tcaUtc + " at " + pass.maxElevationDeg + " deg, LOS " + pass.losUtc,
      polyline: { positions: pts, width: 3, material: Cesium.Color.ORANGE } });
    const mid = pts[Math.round((Date.parse(pass.tcaUtc) - Date.parse(pass.aosUtc)) / 1000 / stepS)] || pts[Math.floor(pts.length / 2)];
    state.lineOfSight = viewer.entities.add({ id: "line-of-sight", polyline: { positions: [state.observer.position.getValue(viewer.clock.currentTime), mid],
      width: 1.5, material: new Cesium.PolylineDashMaterialProperty({ color: Cesium.Color.LIME }) } });
    const aos = Cesium.JulianDate.fromIso8601(pass.aosUtc);
    if (Cesium.JulianDate.lessThanOrEquals(viewer.clock.startTime, aos) && Cesium.JulianDate.lessThanOrEquals(aos, viewer.clock.stopTime)) {
      viewer.clock.currentTime = aos;
    }
    const o = Cesium.Cartographic.fromCartesian(state.observer.position.getValue(viewer.clock.currentTime));
    viewer.camera.flyTo({ destination: Cesium.Cartesian3.fromRadians(o.longitude, o.latitude - 0.35, 3500000),
      orientation: { pitch: Cesium.Math.toRadians(-55) }, duration: 1.2 });
    document.body.dataset.pass = "ready";
  } catch (e) {
    document.body.dataset.pass = "error";
    showError($("passes-result"), e);
  }
}

// ---- screening: a job on the server, polled until done ----
async function runScreen(ev) {
  if (ev) ev.preventDefault();
  const f = $("screen-form");
  const out = $("screen-result");
  out.innerHTML = "";
  $("screen-progress").value = 0;
  document.body.dataset.screen = "running";
  try {
    const q = new URLSearchParams({ from: trackingForm.from.value, days: f.days.value, thresholdKm: f.thresholdKm.value });
    if (f.primary.value.trim()) q.set("primary", f.primary.value.trim());
    if (trackingForm.catalogNumbers.value.trim()) q.set("catalogNumbers", trackingForm.catalogNumbers.value.trim());
    if (trackingForm.name.value.trim()) q.set("name", trackingForm.name.value.trim());
    if (!state.elements) q.set("catalog", $("tle-catalog").value);
    const job = await api("/api/screen?" + q, { method: "POST", headers: { "Content-Type": "text/plain" }, body: state.elements || "" });
    state.screenJob = job.id;
    $("cancel-screen").disabled = false;
    $("run-screen").disabled = true;
    pollScreen(job.id);
  } catch (e) {
    document.body.dataset.screen = "error";
    showError(out, e);
  }
}

function pollScreen(id) {
  setTimeout(async () => {
    try {
      const s = await api("/api/jobs/" + id);
      $("screen-progress").value = s.progress;
      $("screen-stage").textContent = s.state + ": " + s.stage;
      if (s.state === "queued" || s.state === "running") { pollScreen(id); return; }
      $("cancel-screen").disabled = true;
      $("run-screen").disabled = false;
      if (s.state === "failed") { document.body.dataset.screen = "error"; showError($("screen-result"), { status: "", message: s.error.message }); return; }
      if (s.state !== "done") { document.body.dataset.screen = "cancelled"; return; }
      const r = await api("/api/jobs/" + id + "/result");
      const out = $("screen-result");
      out.innerHTML = "";
      const p = document.createElement("p");
      p.className = "muted";
      p.textContent = r.conjunctions.length + " close approaches under " + r.thresholdKm + " km among " + r.objects + " objects in "
        + r.statistics.durationS + " s (closest first).";
      out.appendChild(p);
      const closest = r.conjunctions.slice().sort((a, b) => a.missDistanceKm - b.missDistanceKm).slice(0, 100);
      const names = new Set((s.files || []).map((x) => x.name));
      const t = table(closest, [["objects", (c) => c.object1.name + " / " + c.object2.name], ["TCA UTC", (c) => hms(c.tcaUtc)],
        ["km", (c) => c.missDistanceKm.toFixed(3)], ["km/s", (c) => c.relativeSpeedKmps.toFixed(2)], ["CDM", () => ""]]);
      // each conjunction's CCSDS CDM, named as the server writes it
      t.querySelectorAll("tbody tr").forEach((tr, i) => {
        const c = closest[i];
        const name = "cdm_" + c.tcaUtc.split(":").join("") + "_" + c.object1.catalogNumber + "_" + c.object2.catalogNumber + ".cdm";
        if (!names.has(name)) return;
        const a = document.createElement("a");
        a.href = "/api/jobs/" + id + "/files/" + name; a.textContent = "cdm"; a.download = name;
        tr.lastChild.appendChild(a);
      });
      out.appendChild(t);
      const files = document.createElement("p");
      files.className = "files";
      files.appendChild(document.createTextNode("Download: "));
      (s.files || []).filter((x) => !x.name.endsWith(".cdm")).forEach((x) => {
        const a = document.createElement("a");
        a.href = x.url; a.textContent = x.name; a.download = x.name;
        files.appendChild(a);
      });
      const cdms = (s.files || []).filter((x) => x.name.endsWith(".cdm"));
      if (cdms.length) files.appendChild(document.createTextNode(" and " + cdms.length + " CCSDS CDM files (in the table)"));
      out.appendChild(files);
      document.body.dataset.screen = "ready";
    } catch (e) {
      showError($("screen-result"), e);
    }
  }, 500);
}

$("screen-form").addEventListener("submit", runScreen);
$("cancel-screen").addEventListener("click", async () => {
  if (state.screenJob) await api("/api/jobs/" + state.screenJob, { method: "DELETE" });
});

trackingForm.addEventListener("submit", loadTracking);
observerForm.addEventListener("submit", runPasses);

loadCatalogs().then(() => { document.body.dataset.ready = "true"; }).catch((e) => status("catalogs: " + e.message));
loadDemoMission().catch((e) => status("demo mission: " + e.message));
loadElementCatalogs().then(() => { document.body.dataset.catalogs = "true"; }).catch((e) => status("element sets: " + e.message));
