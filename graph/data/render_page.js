// stancegraph page script. Every piece of graph text enters the DOM through textContent
// (or vis-network's innerText tooltips), never innerHTML, and only http(s) URLs become links.
(function () {
  "use strict";

  performance.mark("sg-script");
  var payload = JSON.parse(document.getElementById("sg-data").textContent);
  var meta = payload.meta;
  performance.mark("sg-parsed");
  // The statements table is most of the page's bytes and nothing in the first frame needs it:
  // it comes after this script, so the first frame is drawn while the browser still reads it,
  // and it is parsed when first asked for (a click, a filter, the tooltips after that frame).
  // Whatever reads it runs through afterParse.
  var statementRows = null;
  function statementRow(index) {
    if (statementRows === null) {
      if (document.readyState === "loading") throw new Error("statements are not read yet");
      statementRows = JSON.parse(document.getElementById("sg-statements").textContent);
    }
    return statementRows[index];
  }

  // fn, run now if the whole page has been read, else once it has.
  function afterParse(fn) {
    return function () {
      var self = this, args = arguments;
      if (document.readyState !== "loading") return fn.apply(self, args);
      document.addEventListener("DOMContentLoaded", function () { fn.apply(self, args); });
    };
  }

  // A quote found in its sentence is written as [start, end] within it (UTF-16 offsets).
  function quoteOf(row) {
    var quote = row[4];
    return Array.isArray(quote) ? row[5].slice(quote[0], quote[1]) : quote;
  }
  var STANCES = meta.stances;
  var MAX_LISTED = 200;
  var large = !!meta.large;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function safeUrl(value) {
    if (typeof value !== "string" || !/^https?:\/\//i.test(value.trim())) return null;
    try {
      var url = new URL(value.trim());
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (err) {
      return null;
    }
  }

  function clip(text, n) {
    text = String(text || "");
    return text.length > n ? text.slice(0, n - 1) + "\u2026" : text;
  }

  function nodeLabel(id) {
    var kind = id.charAt(0), index = Number(id.slice(1));
    var item = kind === "a" ? meta.actors[index] : meta.topics[index];
    return item ? item.label : id;
  }

  function topicLabel(index) {
    return index >= 0 ? meta.topics[index].label : "(no topic)";
  }

  // Tooltips are plain strings: vis-network 9 sets them with innerText.
  payload.nodes.forEach(function (node) {
    var index = Number(node.id.slice(1));
    if (node.id.charAt(0) === "a") {
      var actor = meta.actors[index];
      var cluster = actor.cluster >= 0 ? meta.clusters[actor.cluster].label : "no cluster";
      node.title = actor.label + " (" + actor.type + (actor.role ? ", " + actor.role : "") +
        ")\n" + actor.statements.length + " statement(s) \u00b7 " + cluster;
    } else {
      node.title = "topic: " + meta.topics[index].label + "\n" +
        meta.topics[index].statements.length + " statement(s)";
    }
  });
  function edgeTitle(edge) {
    var em = meta.edges[edge.id];
    var head;
    if (em.kind === "stance") {
      head = nodeLabel(edge.from) + " \u2192 " + nodeLabel(edge.to) + ": " + STANCES[em.stance] +
        " \u00d7" + em.statements.length;
    } else {
      head = nodeLabel(edge.from) + (em.kind === "agree" ? " agrees with " : " disagrees with ") +
        nodeLabel(edge.to) + " (weight " + em.weight + ")";
    }
    var first = em.statements.length ? statementRow(em.statements[0])[5] : "";
    return head + (first ? "\n\u201c" + clip(first, 240) + "\u201d" : "");
  }

  function busy(node) {
    var index = Number(node.id.slice(1));
    return (node.id.charAt(0) === "a" ? meta.actors[index] : meta.topics[index]).statements.length;
  }

  // A large page draws its first frame with its busiest meta.firstNodes nodes and the
  // strongest meta.firstEdges edges between them (edges come strongest first), without edge
  // tooltips; the other nodes, edges and tooltips are added in chunks once that frame is on
  // screen, so the reader sees the map while the rest arrives.
  var nodeById = {};
  payload.nodes.forEach(function (node) { nodeById[node.id] = node; });
  var nodeIn = {};
  var edgeIn = {};
  var hiddenNodes = {};
  var hiddenEdges = {};
  var fadedNodes = {};
  var ranked = payload.nodes.slice();
  var firstNodes = ranked.length;
  var firstEdges = payload.edges.length;
  if (meta.firstNodes != null && meta.firstNodes < ranked.length) {
    ranked = ranked
      .map(function (node, k) { return { node: node, k: k, busy: busy(node) }; })
      .sort(function (a, b) { return b.busy - a.busy || a.k - b.k; })
      .map(function (x) { return x.node; });
    firstNodes = meta.firstNodes;
  }
  if (meta.firstEdges != null) firstEdges = Math.min(firstEdges, meta.firstEdges);
  var initialNodes = ranked.slice(0, firstNodes);
  var pendingNodes = ranked.slice(firstNodes);
  initialNodes.forEach(function (node) { nodeIn[node.id] = true; });
  var initialEdges = [];
  var pendingEdges = [];
  payload.edges.forEach(function (edge) {
    if (initialEdges.length < firstEdges && nodeIn[edge.from] && nodeIn[edge.to]) {
      initialEdges.push(edge);
      edgeIn[edge.id] = true;
    } else {
      pendingEdges.push(edge);
    }
  });
  var lazy = pendingNodes.length + pendingEdges.length > 0;

  performance.mark("sg-data");
  var nodes = new vis.DataSet(initialNodes);
  var edges = new vis.DataSet(initialEdges);
  var container = document.getElementById("sg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, payload.options);
  if (pendingNodes.length) fitAll();
  performance.mark("sg-network");
  var api = {
    network: network, nodes: nodes, edges: edges, meta: meta, ready: false, complete: false,
    stabilized: !payload.options.physics.enabled,
    showNode: showNode, showEdge: showEdge, applyFilters: applyFilters, search: search,
    positionOf: function (id) {
      var p = network.getPositions([id])[id];
      return p ? network.canvasToDOM(p) : null;
    }
  };
  window.stancegraph = api;
  network.on("stabilized", function () { api.stabilized = true; });
  network.once("afterDrawing", function () {
    api.ready = true;
    api.readyAt = performance.now();
    performance.mark("sg-ready");
    document.body.setAttribute("data-ready", "true");
    afterParse(function () { later(addTitles); })();
  });

  // Labels as the reader zooms in: a large page labels its busiest nodes at every zoom;
  // once the view is zoomed in to twice the opening scale or more, the unlabelled nodes in
  // view get their names, busiest first, at most ZOOM_LABELS per zoom.
  var ZOOM_LABELS = 150;
  var openingScale = null;
  var zoomTimer = null;
  network.once("afterDrawing", function () { openingScale = network.getScale(); });
  network.on("zoom", function () {
    clearTimeout(zoomTimer);
    zoomTimer = setTimeout(labelInView, 120);
  });
  function labelInView() {
    if (openingScale === null || network.getScale() < 2 * openingScale) return;
    var box = container.getBoundingClientRect();
    var a = network.DOMtoCanvas({ x: 0, y: 0 });
    var b = network.DOMtoCanvas({ x: box.width, y: box.height });
    var update = [];
    for (var k = 0; k < ranked.length && update.length < ZOOM_LABELS; k++) {
      var node = ranked[k];
      if (node.label !== undefined || !nodeIn[node.id]) continue;
      if (node.x < a.x || node.x > b.x || node.y < a.y || node.y > b.y) continue;
      node.label = nodeLabel(node.id);
      update.push({ id: node.id, label: node.label });
    }
    if (update.length) nodes.update(update);
    api.zoomLabelled = (api.zoomLabelled || 0) + update.length;
  }

  // The opening view frames every node, including those not added yet (as fit() would).
  function fitAll() {
    var minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    payload.nodes.forEach(function (node) {
      var r = node.size || 10;
      minX = Math.min(minX, node.x - r);
      maxX = Math.max(maxX, node.x + r);
      minY = Math.min(minY, node.y - r);
      maxY = Math.max(maxY, node.y + r);
    });
    var scale = Math.min(container.clientWidth / (1.1 * (maxX - minX) || 1),
                         container.clientHeight / (1.1 * (maxY - minY) || 1));
    network.moveTo({ position: { x: (minX + maxX) / 2, y: (minY + maxY) / 2 },
                     scale: Math.min(scale, 1), animation: false });
  }

  function later(step) {
    if (window.requestIdleCallback) window.requestIdleCallback(step, { timeout: 100 });
    else window.setTimeout(step, 0);
  }

  function addTitles() {
    edges.update(initialEdges.map(function (edge) {
      return { id: edge.id, title: edgeTitle(edge) };
    }));
    if (lazy) later(addMore);
    else finish();
  }

  function finish() {
    api.complete = true;
    performance.mark("sg-complete");
  }

  // Adds the given nodes now (a search or a click may need one before its turn).
  function addNodes(list) {
    var chunk = list.filter(function (node) { return !nodeIn[node.id]; });
    chunk.forEach(function (node) {
      nodeIn[node.id] = true;
      node.hidden = !!hiddenNodes[node.id];
      node.opacity = fadedNodes[node.id] ? FADED : 1;
    });
    if (chunk.length) nodes.add(chunk);
  }

  function addMore() {
    if (pendingNodes.length) {
      addNodes(pendingNodes.splice(0, meta.nodeChunk));
    } else {
      var chunk = pendingEdges.splice(0, meta.edgeChunk);
      chunk.forEach(function (edge) {
        edge.title = edgeTitle(edge);
        edge.hidden = !!hiddenEdges[edge.id];
        edgeIn[edge.id] = true;
      });
      edges.add(chunk);
    }
    if (pendingNodes.length + pendingEdges.length) later(addMore);
    else finish();
  }

  // ---- side panel ----
  var panel = document.getElementById("sg-panel");
  var side = document.getElementById("sg-side");

  function clearPanel() {
    panel.dataset.kind = "";
    panel.dataset.id = "";
    panel.replaceChildren(el("p", "sg-hint", "Click an actor, topic or edge to list its statements."));
  }

  function statementItem(index) {
    var s = statementRow(index);
    var stance = STANCES[s[2]];
    var li = el("li", "sg-stmt sg-" + stance);
    var head = el("div");
    head.append(el("span", "sg-badge sg-" + stance, stance));
    head.append(el("strong", null, meta.actors[s[0]].label));
    head.append(" ");
    head.append(el("span", "sg-cue", s[3]));
    if (s[7] >= 0) head.append(" \u2192 " + meta.actors[s[7]].label);
    head.append(el("span", "sg-topic", " \u00b7 " + topicLabel(s[1])));
    li.append(head);
    var quote = quoteOf(s);
    if (quote) li.append(el("blockquote", null, quote));
    if (s[5]) li.append(el("p", "sg-evidence", s[5]));
    var source = el("div", "sg-source");
    if (s[6] >= 0) {
      var article = meta.articles[s[6]];
      var url = safeUrl(article[1]);
      var title = article[0] || "article";
      if (url) {
        var link = el("a", null, title);
        link.href = url;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        source.append(link);
      } else {
        source.append(el("span", null, title));
      }
      var extra = [article[3], article[2]].filter(Boolean).join(", ");
      if (extra) source.append(" (" + extra + ")");
    }
    if (s[8] >= 0) source.append(" \u00b7 reported by " + meta.actors[s[8]].label);
    li.append(source);
    return li;
  }

  function statementList(heading, indices, role) {
    var frag = document.createDocumentFragment();
    frag.append(el("h3", null, heading + " (" + indices.length + ")"));
    var list = el("ol", "sg-statements");
    list.dataset.role = role || "statements";
    indices.slice(0, MAX_LISTED).forEach(function (i) { list.append(statementItem(i)); });
    frag.append(list);
    if (indices.length > MAX_LISTED) {
      frag.append(el("p", "sg-hint", "\u2026 and " + (indices.length - MAX_LISTED) + " more"));
    }
    return frag;
  }

  function showNode(id) {
    var index = Number(id.slice(1));
    // Large graphs draw only the busiest labels: name whatever the user picked.
    var node = nodeById[id];
    if (node && node.label === undefined) {
      node.label = nodeLabel(id);
      if (nodeIn[id]) nodes.update({ id: id, label: node.label });
    }
    panel.replaceChildren();
    side.scrollTop = 0;
    panel.dataset.kind = "node";
    panel.dataset.id = id;
    if (id.charAt(0) === "t") {
      var topic = meta.topics[index];
      panel.append(el("h2", null, topic.label), el("p", "sg-sub", "topic"));
      panel.append(statementList("Statements", topic.statements));
      return;
    }
    var actor = meta.actors[index];
    panel.append(el("h2", null, actor.label));
    var sub = [actor.type, actor.role, actor.affiliation && "of " + actor.affiliation];
    panel.append(el("p", "sg-sub", sub.filter(Boolean).join(" \u00b7 ")));
    // What the actor said comes first; aliases and the cluster's explanation are folded.
    var more = [];
    if (actor.aliases.length) more.push(el("p", "sg-sub", "also: " + actor.aliases.join("; ")));
    var summary = "";
    if (actor.cluster >= 0) {
      var cluster = meta.clusters[actor.cluster];
      summary = "cluster: " + cluster.label;
      if (cluster.explanation) more.push(el("p", "sg-sub", cluster.explanation));
    } else if (actor.between.length) {
      summary = "no cluster";
      more.push(el("p", "sg-sub", "its ties draw it about equally to " +
        actor.between.join(" and ") + ", which oppose each other"));
    } else if (more.length) {
      summary = "aliases";
    }
    if (summary) {
      var fold = el("details", "sg-more");
      fold.append(el("summary", null, summary));
      more.forEach(function (item) { fold.append(item); });
      panel.append(fold);
    }
    panel.append(statementList("Statements", actor.statements));
    if (actor.about.length) panel.append(statementList("Statements about " + actor.label, actor.about, "about"));
  }

  function showEdge(id) {
    var edge = payload.edges[id];
    var em = meta.edges[id];
    panel.replaceChildren();
    side.scrollTop = 0;
    panel.dataset.kind = "edge";
    panel.dataset.id = String(id);
    var relation = em.kind === "stance" ? " \u2192 " : em.kind === "agree" ? " agrees with " : " disagrees with ";
    panel.append(el("h2", null, nodeLabel(edge.from) + relation + nodeLabel(edge.to)));
    if (em.kind !== "stance") panel.append(el("p", "sg-sub", "alignment weight " + em.weight));
    panel.append(statementList("Statements", em.statements));
  }

  // ---- controls ----
  var topicSelect = document.getElementById("sg-topic");
  var clusterSelect = document.getElementById("sg-cluster");
  var stanceBox = document.getElementById("sg-stances");
  var physicsBox = document.getElementById("sg-physics");
  var keepBox = document.getElementById("sg-keep");
  var FADED = 0.25;
  var status = document.getElementById("sg-status");
  var searchBox = document.getElementById("sg-search");

  meta.topics
    .map(function (t, j) { return { j: j, t: t }; })
    .sort(function (a, b) { return b.t.statements.length - a.t.statements.length || a.j - b.j; })
    .forEach(function (x) {
      var option = el("option", null, x.t.label + " (" + x.t.statements.length + ")");
      option.value = String(x.j);
      topicSelect.append(option);
    });
  meta.clusters.forEach(function (c, i) {
    var option = el("option", null, c.label + " (" + c.size + ")");
    option.value = String(i);
    clusterSelect.append(option);
  });
  var none = el("option", null, "no cluster");
  none.value = "-1";
  clusterSelect.append(none);
  var stanceBoxes = STANCES.map(function (stance) {
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = stance;
    box.id = "sg-stance-" + stance;
    label.append(box, stance);
    stanceBox.append(label);
    box.addEventListener("change", afterParse(applyFilters));
    return box;
  });
  physicsBox.checked = !!payload.options.physics.enabled;
  physicsBox.addEventListener("change", function () {
    network.setOptions({ physics: { enabled: physicsBox.checked } });
  });
  topicSelect.addEventListener("change", afterParse(applyFilters));
  keepBox.addEventListener("change", afterParse(applyFilters));
  clusterSelect.addEventListener("change", afterParse(applyFilters));

  // A datalist of thousands of names makes typing slow (measured: 10 s for 5,000), so it
  // suggests the busiest names only; the search itself looks at every name and alias.
  var names = document.getElementById("sg-names");
  var seen = {};
  meta.actors.concat(meta.view === "topics" ? meta.topics : [])
    .slice()
    .sort(function (a, b) { return b.statements.length - a.statements.length; })
    .slice(0, 300)
    .forEach(function (item) {
      if (seen[item.label]) return;
      seen[item.label] = true;
      var option = el("option");
      option.value = item.label;
      names.append(option);
    });

  function search(query) {
    var q = String(query || "").trim().toLowerCase();
    if (!q) return null;
    var items = meta.actors.concat(payload.nodes.length > meta.actors.length ? meta.topics : []);
    var tests = [
      function (item) { return item.label.toLowerCase() === q; },
      function (item) { return (item.aliases || []).some(function (a) { return a.toLowerCase() === q; }); },
      function (item) { return item.label.toLowerCase().indexOf(q) === 0; },
      function (item) { return item.label.toLowerCase().indexOf(q) >= 0; },
      function (item) { return (item.aliases || []).some(function (a) { return a.toLowerCase().indexOf(q) >= 0; }); }
    ];
    for (var t = 0; t < tests.length; t++) {
      for (var i = 0; i < items.length; i++) {
        if (tests[t](items[i]) && nodeById[items[i].id]) return items[i].id;
      }
    }
    return null;
  }

  var lastSearch = null;

  var runSearch = afterParse(function () {
    lastSearch = searchBox.value;
    var id = search(searchBox.value);
    if (!id) {
      status.textContent = searchBox.value.trim() ? "no actor or topic matches" : "";
      return;
    }
    addNodes([nodeById[id]]);
    // A node the filters hid is shown faded, so the search still finds it on the map; the
    // next change of a filter hides it again.
    var outside = !!hiddenNodes[id];
    if (outside) {
      hiddenNodes[id] = false;
      fadedNodes[id] = true;
      nodes.update({ id: id, hidden: false, opacity: FADED });
    }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: large ? false : { duration: 400 } });
    showNode(id);
    status.textContent = outside ? "shown faded: the filters leave it out" : "";
  });
  // Enter searches; so does leaving the box or picking a suggestion, unless Enter already did.
  searchBox.addEventListener("keydown", function (event) {
    if (event.key === "Enter") runSearch();
  });
  searchBox.addEventListener("change", function () {
    if (searchBox.value !== lastSearch) runSearch();
  });
  searchBox.addEventListener("input", function (event) {
    if (!event.inputType || event.inputType === "insertReplacementText") runSearch();
  });

  // An edge stays when at least one of its statements matches the topic and stance filters;
  // edges without statements (pure alignment) show only when no such filter is set. While a
  // filter is set, an actor left without a visible edge is hidden, or faded when the reader
  // ticks "keep actors without edges".
  function applyFilters() {
    var topic = topicSelect.value === "" ? null : Number(topicSelect.value);
    var cluster = clusterSelect.value === "" ? null : Number(clusterSelect.value);
    var allowed = stanceBoxes.map(function (b) { return b.checked; });
    var everyStance = allowed.every(Boolean);
    var filtering = topic !== null || cluster !== null || !everyStance;
    var visible = {};
    payload.nodes.forEach(function (node) {
      var index = Number(node.id.slice(1));
      visible[node.id] = node.id.charAt(0) === "a"
        ? cluster === null || meta.actors[index].cluster === cluster
        : topic === null || index === topic;
    });
    var edgeUpdates = [];
    var linked = {};
    var shown = 0;
    payload.edges.forEach(function (edge) {
      var em = meta.edges[edge.id];
      var show = visible[edge.from] && visible[edge.to];
      if (show && (topic !== null || !everyStance)) {
        show = em.statements.some(function (i) {
          var s = statementRow(i);
          return (topic === null || s[1] === topic) && allowed[s[2]];
        });
      }
      if (show) {
        shown++;
        linked[edge.from] = linked[edge.to] = true;
      }
      if (!!hiddenEdges[edge.id] === show) {
        hiddenEdges[edge.id] = !show;
        // an edge not yet added takes its state from hiddenEdges when it is
        if (edgeIn[edge.id]) edgeUpdates.push({ id: edge.id, hidden: !show });
      }
    });
    var nodeUpdates = [];
    var actorsShown = 0;
    payload.nodes.forEach(function (node) {
      var orphan = filtering && node.id.charAt(0) === "a" && !linked[node.id];
      var show = visible[node.id] && (!orphan || keepBox.checked);
      var fade = show && orphan;
      if (show && node.id.charAt(0) === "a") actorsShown++;
      if (!!hiddenNodes[node.id] === show || !!fadedNodes[node.id] !== fade) {
        hiddenNodes[node.id] = !show;
        fadedNodes[node.id] = fade;
        // a node not yet added takes its state from these tables when it is
        if (nodeIn[node.id]) nodeUpdates.push({ id: node.id, hidden: !show, opacity: fade ? FADED : 1 });
      }
    });
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
    status.textContent = "showing " + shown + " of " + payload.edges.length + " edges" +
      (meta.droppedEdges ? " (" + meta.droppedEdges + " weakest not drawn)" : "") +
      ", " + actorsShown + " of " + meta.actors.length + " actors";
    return shown;
  }

  network.on("click", afterParse(function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
    else clearPanel();
  }));

  // ---- legend ----
  function legend() {
    var box = document.getElementById("sg-legend");
    var glyphs = { dot: "\u25cf", square: "\u25a0", triangle: "\u25b2", star: "\u2605", hexagon: "\u2b22", diamond: "\u25c6" };
    box.append(el("h3", null, "Actors (shape = type, size = statements)"));
    var types = el("ul");
    Object.keys(meta.shapes).forEach(function (type) {
      var li = el("li");
      li.append(el("span", "sg-glyph", glyphs[meta.shapes[type]] || "\u25cf"), type);
      types.append(li);
    });
    if (meta.view === "topics") {
      var li = el("li");
      li.append(el("span", "sg-glyph", glyphs.diamond), "Topic");
      types.append(li);
    }
    box.append(types);
    box.append(el("h3", null, "Clusters (colour)"));
    var clusters = el("ul");
    var grey = 0;
    meta.clusters
      .map(function (c, i) { return { c: c, i: i }; })
      .sort(function (a, b) { return b.c.size - a.c.size || a.i - b.i; })
      .forEach(function (x) {
        if (x.c.color === meta.noClusterColor) { grey++; return; }
        var li = el("li");
        var swatch = el("span", "sg-swatch");
        swatch.style.background = x.c.color;
        li.append(swatch, x.c.label + " (" + x.c.size + ")");
        clusters.append(li);
      });
    var li2 = el("li");
    li2.dataset.role = "grey";
    var swatch2 = el("span", "sg-swatch");
    swatch2.style.background = meta.noClusterColor;
    li2.append(swatch2, grey
      ? "grey: no cluster, or one of the " + grey + " smaller clusters"
      : "no cluster");
    clusters.append(li2);
    box.append(clusters);
    box.append(el("h3", null, "Edges"));
    var lines = el("ul");
    function line(color, dashed, text) {
      var item = el("li");
      var mark = el("span", "sg-line" + (dashed ? " sg-dashed" : ""));
      mark.style.borderTopColor = color;
      item.append(mark, text);
      lines.append(item);
    }
    var topicsView = meta.view === "topics";
    STANCES.forEach(function (s) {
      line(meta.stanceColors[s], !topicsView && !large, s + (topicsView ? " (actor \u2192 topic)" : " (actor \u2192 actor)"));
    });
    if (topicsView) {
      line(meta.stanceColors.neutral, !large, "stance aimed at another actor");
    } else {
      line(meta.relationColors.agree, false, "agree (alignment)");
      line(meta.relationColors.disagree, false, "disagree (alignment)");
    }
    box.append(lines);
  }

  legend();
  applyFilters();
  if (!meta.actors.length) {
    panel.replaceChildren(el("p", "sg-hint", "This graph has no actors: nothing to draw."));
  }
})();
