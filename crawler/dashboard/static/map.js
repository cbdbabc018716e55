// basewatch dashboard map: one circle marker per place, popups built with textContent (no HTML from data).
(function () {
  "use strict";
  var box = document.getElementById("map");
  var data = document.getElementById("map-data");
  if (!box || !data) { return; }
  if (typeof L === "undefined") {
    box.querySelector(".map-fallback").textContent = "The map library did not load; the table lists every incident.";
    return;
  }
  var points = JSON.parse(data.textContent || "[]");
  var incidentUrl = box.getAttribute("data-incident-url") || "/incidents/0";
  box.textContent = "";
  var map = L.map(box, { worldCopyJump: true, preferCanvas: false });
  var note = document.getElementById("map-note");
  function say(text) {
    if (note) { note.textContent = text; note.hidden = false; }
  }
  // Country outlines sit in a pane under the tiles: hidden when tiles load, the map's geography when offline.
  map.createPane("outline").style.zIndex = 150;
  var outline = box.getAttribute("data-outline");
  if (outline && window.fetch) {
    fetch(outline).then(function (response) { return response.json(); }).then(function (world) {
      L.geoJSON(world, {
        pane: "outline", interactive: false,
        style: { color: "#9aa6b0", weight: 1, fillColor: "#f3f1ec", fillOpacity: 1 }
      }).addTo(map);
      box.setAttribute("data-outline-loaded", "yes");
    }).catch(function () { /* the markers and the table do without it */ });
  }
  var tiles = box.getAttribute("data-tiles");
  if (tiles) {
    // Tiles come only when the browser is online; without them the markers still show.
    var failed = false;
    L.tileLayer(tiles, {
      maxZoom: 18,
      attribution: "&copy; OpenStreetMap contributors"
    }).on("tileerror", function () {
      if (!failed) { failed = true; say("Map tiles could not load (offline?): country outlines shown instead."); }
    }).addTo(map);
  } else {
    say("Map tiles are off: country outlines only.");
  }

  function popup(point) {
    var root = document.createElement("div");
    var title = document.createElement("strong");
    var name = document.createElement("bdi");
    name.textContent = point.base;
    title.appendChild(name);
    if (point.country) { title.appendChild(document.createTextNode(" (" + point.country + ")")); }
    root.appendChild(title);
    var list = document.createElement("ul");
    list.className = "popup-list";
    point.incidents.forEach(function (incident) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = incidentUrl.replace(/0$/, String(incident.id));
      link.textContent = incident.date + " " + incident.attack;
      item.appendChild(link);
      if (incident.actor) {
        item.appendChild(document.createTextNode(" · "));
        var actor = document.createElement("bdi");
        actor.textContent = incident.actor;
        item.appendChild(actor);
      }
      list.appendChild(item);
    });
    root.appendChild(list);
    return root;
  }

  var bounds = [];
  points.forEach(function (point) {
    var count = point.incidents.length;
    var marker = L.circleMarker([point.lat, point.lon], {
      radius: Math.min(6 + 3 * Math.sqrt(count), 22),
      color: "#7a2e00", weight: 2, fillColor: "#D55E00", fillOpacity: 0.75,
      className: "incident-marker"
    });
    var tip = document.createElement("span");
    tip.textContent = point.base + " · " + count + " incident" + (count === 1 ? "" : "s");
    marker.bindTooltip(tip);
    marker.bindPopup(popup(point));
    marker.addTo(map);
    bounds.push([point.lat, point.lon]);
  });
  if (bounds.length === 0) {
    map.setView([30, 45], 4);
  } else if (bounds.length === 1) {
    map.setView(bounds[0], 6);
  } else {
    map.fitBounds(bounds, { padding: [30, 30], maxZoom: 8 });
  }
  box.setAttribute("data-markers", String(points.length));
})();
