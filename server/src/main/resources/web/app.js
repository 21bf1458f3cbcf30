// Cosmodrome web app: plain JavaScript over the HTTP API, CesiumJS for the globe, no network beyond this server.
"use strict";

const $ = (id) => document.getElementById(id);
const state = { ascent: null, track: null, job: null, poll: null };
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
document.querySelectorAll(".tab").forEach((b) => b.addEventListener("click", () => {
  document.querySelectorAll(".tab").forEach((x) => x.classList.toggle("active", x === b));
  document.querySelectorAll(".page").forEach((p) => p.classList.toggle("hidden", p.id !== "page-" + b.dataset.page));
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
      + "); click one to fly at its optimal time.";
    out.appendChild(p);
    out.appendChild(table(r.windows, [["optimal UTC", (x) => x.optimalUtc.replace("T", " ").replace("Z", "")],
      ["az deg", (x) => x.azimuthDeg], ["node", (x) => x.node], ["kg", (x) => x.payloadKg]], (x) => {
      launchForm.launchUtc.value = x.optimalUtc;
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
  rows.push(["orbit", r.orbit.perigeeAltitudeKm + " x " + r.orbit.apogeeAltitudeKm + " km, " + r.orbit.inclinationDeg + " deg" + (r.orbit.ltan ? ", LTAN " + r.orbit.ltan : "")]);
  rows.push(["span", days.toFixed(2) + " days from " + r.analysis.startUtc + " (" + r.analysis.propagation + ")"]);
  if (r.contacts) rows.push(["contacts", r.contacts.count + " passes, " + (r.contacts.perDayMeanDurationS / 60).toFixed(1) + " min per day"]);
  if (r.eclipses) rows.push(["eclipse", (100 * r.eclipses.umbraFraction).toFixed(1) + " % in umbra, longest " + (r.eclipses.maxUmbraDurationS / 60).toFixed(1) + " min, beta " + r.eclipses.betaMinDeg + " to " + r.eclipses.betaMaxDeg + " deg"]);
  const targets = r.access && r.access.targets ? r.access.targets : [];
  targets.forEach((t) => rows.push(["access " + t.target, (t.count ?? "") + " accesses" + (t.maxGapS ? ", max gap " + (t.maxGapS / 3600).toFixed(1) + " h" : "")]));
  (r.warnings || []).forEach((w) => rows.push(["warning", w]));
  out.innerHTML = "";
  out.appendChild(figures(rows));
  const files = document.createElement("p");
  files.innerHTML = "Files: ";
  (s.files || []).forEach((f) => {
    const a = document.createElement("a");
    a.href = f.url; a.textContent = f.name; a.target = "_blank";
    files.appendChild(a); files.appendChild(document.createTextNode(" "));
  });
  out.appendChild(files);
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

loadCatalogs().then(() => { document.body.dataset.ready = "true"; }).catch((e) => status("catalogs: " + e.message));
loadDemoMission().catch((e) => status("demo mission: " + e.message));
