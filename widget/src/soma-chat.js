/*
 * Soma side-effect triage chat widget.
 *
 * Inline, in the page: one element and one script tag
 *   <div id="soma-chat"></div>
 *   <script src="https://chat.example.org/soma-chat.js" data-server="https://rasa.example.org" defer></script>
 * As a chat button for any site: one script tag, no element
 *   <script src="https://chat.example.org/soma-chat.js" data-mode="launcher" defer></script>
 * A round button in the bottom-right corner opens the chat as a panel; Escape closes it and focus
 * returns to the button; the open state survives a page change in the same tab; an urgent reply
 * that comes while the panel is closed is announced at once, and again when the panel is opened.
 * data-server defaults to the page's own origin (the patient page proxies /socket.io to Rasa).
 *
 * Talks to the Rasa socket.io channel (channels/socketio.py), whose bot events carry the domain
 * response (`response`), its urgency and the numbers it names (`calls`). Urgent replies
 * (utter_emergency, utter_stop_and_contact_doctor) are high-contrast cards with role="alert"; the
 * emergency card offers its numbers as tel: links, those of the browser's language region first;
 * the summary for the doctor (utter_doctor_summary) is a card with Copy and Print. The
 * conversation survives a reload in the same tab (sessionStorage); "Start over" ends it. Nothing is
 * loaded from anywhere but the page's own origin.
 */
(function () {
  "use strict";

  var MAX_CHARS = 2000; // the limit channels/gate.py enforces
  var STORE = "soma-chat";
  var QUICK_REPLIES = ["I have a symptom", "How to take it", "Alcohol", "Driving", "Other medicines"];
  var URGENT_TITLES = { emergency: "Emergency", stop: "Stop using Soma and contact your doctor" };
  var SUMMARY_RESPONSE = "utter_doctor_summary"; // domain.yml: the summary for the doctor
  var TITLE = "Soma side-effect assistant";
  // One text for every outage (connecting, lost, each retry), so that it is announced once.
  var OUTAGE = "Can't reach the assistant right now. What you type is kept: press Try again, or wait while it " +
    "reconnects.";
  // The README's tiers, for when the assistant can't say them (domain.yml has the full replies)
  var EMERGENCY_SIGNS = "if someone has trouble breathing or very slow breathing; can't be woken, or has fainted; " +
    "is having a seizure; may have taken too many tablets, or Soma with alcohol, opioids or benzodiazepines, and is " +
    "very drowsy; has swelling of the face, lips, tongue or throat; or has thoughts of self-harm.";
  var WARNING_SIGNS = "if you have restlessness, sweating, tremors (shaking), hallucinations, muscle stiffness, a " +
    "fast heartbeat, nausea, vomiting, diarrhea, loss of coordination, convulsions, fever, shivering or muscle " +
    "twitching.";

  var script = document.currentScript;
  var server = (script && script.getAttribute("data-server")) || window.location.origin;
  var base = script ? script.src.replace(/[^/]*$/, "") : "";
  var launcherMode = !!script && script.getAttribute("data-mode") === "launcher";
  var SVG = "http://www.w3.org/2000/svg";

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (name === "text") node.textContent = attributes[name];
      else node.setAttribute(name, attributes[name]);
    });
    (children || []).forEach(function (child) { node.appendChild(child); });
    return node;
  }

  function load() {
    try { return JSON.parse(sessionStorage.getItem(STORE)) || { session: null, log: [] }; }
    catch (e) { return { session: null, log: [] }; }
  }

  // The browser's language region ("GB" in en-GB), or null where the language names none.
  function languageRegion() {
    var tag = navigator.language || "";
    try { if (window.Intl && Intl.Locale) return new Intl.Locale(tag).region || null; } catch (e) { /* odd tag */ }
    var parts = tag.split("-").slice(1).filter(function (p) { return /^[A-Za-z]{2}$/.test(p); });
    return parts.length ? parts[0].toUpperCase() : null;
  }

  // The browser's time zone ("Europe/London"): the clock times of the summary for the doctor.
  function timeZone() {
    try { return Intl.DateTimeFormat().resolvedOptions().timeZone || null; } catch (e) { return null; }
  }

  function chatIcon() {
    var icon = document.createElementNS(SVG, "svg");
    icon.setAttribute("viewBox", "0 0 24 24");
    icon.setAttribute("aria-hidden", "true");
    icon.setAttribute("focusable", "false");
    var path = document.createElementNS(SVG, "path");
    path.setAttribute("d", "M4 3h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 " +
      "6v2h10V9H7zm0-3v2h10V6H7zm0 6v2h7v-2H7z");
    icon.appendChild(path);
    return icon;
  }

  // The emergency card's one-tap calls: the numbers the reply names (the server sends only those),
  // the browser's region's first; when its region is not clear, all of them.
  function callLinks(calls) {
    calls = (calls || []).filter(function (c) { return /^tel:\d{2,15}$/.test(c.tel || "") && c.label; });
    if (!calls.length) return null;
    var region = languageRegion();
    var mine = calls.filter(function (c) { return region && (c.regions || []).indexOf(region) >= 0; });
    var first = mine.length ? mine : calls;
    var others = calls.filter(function (c) { return first.indexOf(c) < 0; });
    function link(c) { return el("a", { class: "soma-call soma-call--" + c.kind, href: c.tel, text: c.label }); }
    var group = el("div", { class: "soma-calls", role: "group", "aria-label": "Call now" }, first.map(link));
    if (others.length) {
      group.appendChild(el("details", { class: "soma-calls-other" }, [
        el("summary", { text: "Numbers in other countries" }),
        el("div", { class: "soma-calls-list" }, others.map(link)),
      ]));
    }
    return group;
  }

  function copyText(text, node) {
    function bySelection() {
      var range = document.createRange();
      range.selectNodeContents(node);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return document.execCommand("copy") ? Promise.resolve() : Promise.reject(new Error("copy refused"));
    }
    if (navigator.clipboard && navigator.clipboard.writeText) return navigator.clipboard.writeText(text).catch(bySelection);
    try { return bySelection(); } catch (e) { return Promise.reject(e); }
  }

  // Print only the summary: a sheet right under <body>, which the print stylesheet alone shows
  // while the page has the class soma-print-summary (removed after printing).
  function printSummary(text) {
    var sheet = document.querySelector(".soma-print-sheet");
    if (!sheet) sheet = document.body.appendChild(el("div", { class: "soma-print-sheet", "aria-hidden": "true" }));
    sheet.textContent = "";
    sheet.appendChild(el("pre", { text: text }));
    document.documentElement.classList.add("soma-print-summary");
    window.print();
  }
  window.addEventListener("afterprint", function () {
    document.documentElement.classList.remove("soma-print-summary");
  });

  function save(state) {
    try { sessionStorage.setItem(STORE, JSON.stringify(state)); } catch (e) { /* private mode: no persistence */ }
  }

  function sessionId(token) { return String(token || "").split(".")[0]; }

  function start(root) {
    var state = load();
    var socket = null;
    var waiting = 0;
    var pending = null; // typed while the connection was still being made: sent once it is
    var asleep = false; // the server closed the chat after a long silence (channels/socketio.py)

    document.head.appendChild(el("link", { rel: "stylesheet", href: base + "soma-chat.css" }));
    root.classList.add("soma-chat");
    var summaries = 0;
    // focusable, so keyboard users can scroll the conversation
    var log = el("div", { class: "soma-log", role: "log", "aria-live": "polite", "aria-label": "Conversation",
                          tabindex: "0" });
    var typing = el("p", { class: "soma-typing", role: "status", "aria-live": "polite" });
    // The alert for an outage or a refused message is built once and updated in place: a
    // screen reader hears it once, and focus on "Try again" survives every reconnection attempt.
    var problemText = el("p", { class: "soma-problem-text" });
    var signs = el("div", { class: "soma-signs" }, [
      el("p", {}, [el("strong", { text: "In an emergency, call your local emergency number now" }),
                   document.createTextNode(" " + EMERGENCY_SIGNS)]),
      el("p", {}, [el("strong", { text: "Stop taking Soma and contact your doctor straight away" }),
                   document.createTextNode(" " + WARNING_SIGNS)]),
    ]);
    var retry = el("button", { type: "button", text: "Try again" });
    retry.addEventListener("click", function () {
      typing.textContent = "Connecting to the assistant…";
      connect();
    });
    var problem = el("div", { class: "soma-problem", role: "alert", hidden: "" }, [problemText, signs, retry]);
    var input = el("textarea", {
      id: "soma-input", rows: "2", maxlength: String(MAX_CHARS), "aria-describedby": "soma-count soma-hint",
      autocomplete: "off",
    });
    var count = el("span", { id: "soma-count", class: "soma-count", text: "0 of " + MAX_CHARS + " characters" });
    var send = el("button", { type: "submit", class: "soma-send", text: "Send" });
    var quick = el("div", { class: "soma-quick", role: "group", "aria-label": "Common topics" });
    QUICK_REPLIES.forEach(function (title) {
      var button = el("button", { type: "button", text: title });
      button.addEventListener("click", function () { say(title); });
      quick.appendChild(button);
    });
    var restart = el("button", { type: "button", class: "soma-restart", text: "Start over" });
    var headerButtons = [restart];
    var closeButton = null;
    if (launcherMode) {
      closeButton = el("button", { type: "button", class: "soma-close", text: "Close" });
      headerButtons.push(closeButton);
    }
    var form = el("form", { class: "soma-form", "aria-label": "Send a message" }, [
      el("label", { for: "soma-input", text: "Your message" }),
      input,
      el("div", { class: "soma-form-row" }, [
        el("span", { id: "soma-hint", class: "soma-hint", text: "Enter sends, Shift+Enter starts a new line." }),
        count, send,
      ]),
    ]);
    var panelContent = [
      el("div", { class: "soma-header" }, [
        el("h2", { id: "soma-title", text: TITLE }),
        el("div", { class: "soma-header-buttons" }, headerButtons),
      ]),
      el("p", {
        class: "soma-disclaimer",
        text: "An automated assistant, not a doctor. In an emergency, call your local emergency number.",
      }),
      log, typing, problem, quick, form,
    ];
    var panel, launcher, badge, launcherLabel, announcer;
    if (!launcherMode) {
      panel = el("section", { class: "soma-panel", "aria-labelledby": "soma-title" }, panelContent);
      root.appendChild(panel);
    } else {
      // a non-modal dialog over the page, before its button in the focus order
      panel = el("div", { class: "soma-panel soma-panel--floating", id: "soma-dialog", role: "dialog",
                          "aria-modal": "false", "aria-labelledby": "soma-title", hidden: "" }, panelContent);
      launcherLabel = el("span", { class: "soma-visually-hidden", text: "Chat about Soma side effects" });
      badge = el("span", { class: "soma-badge", "aria-hidden": "true", hidden: "", text: "!" });
      launcher = el("button", { type: "button", class: "soma-launcher", "aria-expanded": "false",
                                "aria-controls": "soma-dialog" }, [chatIcon(), launcherLabel, badge]);
      // an urgent reply that comes while the panel is closed is announced from here
      announcer = el("div", { class: "soma-visually-hidden", role: "alert", "aria-atomic": "true" });
      root.appendChild(panel);
      root.appendChild(launcher);
      root.appendChild(announcer);
    }

    function render(entry) {
      var node;
      if (entry.from === "user") {
        node = el("div", { class: "soma-msg soma-msg--user" }, [
          el("span", { class: "soma-who", text: "You: " }), el("span", { text: entry.text }),
        ]);
      } else if (entry.urgency) {
        node = el("div", { class: "soma-card soma-card--" + entry.urgency, role: "alert" }, [
          el("strong", { class: "soma-card-title", text: URGENT_TITLES[entry.urgency] }),
          el("p", { text: entry.text }),
        ]);
        var calls = callLinks(entry.calls);
        if (calls) node.appendChild(calls);
      } else if (entry.response === SUMMARY_RESPONSE) {
        node = summaryCard(entry.text);
      } else {
        node = el("div", { class: "soma-msg soma-msg--bot" }, [
          el("span", { class: "soma-who", text: "Assistant: " }), el("span", { text: entry.text }),
        ]);
      }
      if (entry.buttons && entry.buttons.length) {
        var group = el("div", { class: "soma-buttons", role: "group", "aria-label": "Suggested answers" });
        entry.buttons.forEach(function (b) {
          var button = el("button", { type: "button", text: b.title });
          // a public channel reads "/intent" payloads as words: send what the patient sees
          button.addEventListener("click", function () { say(b.title); });
          group.appendChild(button);
        });
        node.appendChild(group);
      }
      log.appendChild(node);
      log.scrollTop = log.scrollHeight;
    }

    function summaryCard(text) {
      var id = "soma-summary-" + (++summaries);
      var body = el("pre", { class: "soma-summary-text", text: text });
      var status = el("p", { class: "soma-summary-status", role: "status" });
      var copy = el("button", { type: "button", text: "Copy", "aria-describedby": id });
      var print = el("button", { type: "button", text: "Print", "aria-describedby": id });
      copy.addEventListener("click", function () {
        status.textContent = "";
        copyText(text, body).then(
          function () { status.textContent = "Copied. You can paste it into a message or show it to your doctor."; },
          function () { status.textContent = "Couldn't copy: select the summary's text and copy it yourself."; });
      });
      print.addEventListener("click", function () { printSummary(text); });
      return el("section", { class: "soma-summary", "aria-labelledby": id }, [
        el("h3", { id: id, text: "Summary for your doctor" }), body,
        el("div", { class: "soma-summary-actions" }, [copy, print]), status,
      ]);
    }

    function isOpen() { return !launcherMode || !panel.hidden; }

    function announce(text) {
      announcer.textContent = "";
      setTimeout(function () { announcer.textContent = text; }, 100); // a change a screen reader notices
    }

    function urgentWords(entry) {
      return "Urgent reply from the Soma assistant. " + URGENT_TITLES[entry.urgency] + ". " + entry.text;
    }

    function showUnseen() {
      if (!launcherMode) return;
      badge.hidden = !state.unseen;
      launcherLabel.textContent = "Chat about Soma side effects" +
        (state.unseen === "urgent" ? " (urgent reply waiting)" : state.unseen ? " (new reply)" : "");
    }

    function remember(entry) {
      state.log.push(entry);
      if (!isOpen() && entry.from === "bot") {
        // the card inside the closed panel can't be heard: say it now, and again when it is opened
        if (entry.urgency) announce(urgentWords(entry));
        state.unseen = (entry.urgency || state.unseen === "urgent") ? "urgent" : "reply";
        showUnseen();
      }
      save(state);
      render(entry);
    }

    function setOpen(open, moveFocus) {
      state.open = open;
      save(state);
      panel.hidden = !open;
      root.classList.toggle("soma-chat--open", open);
      launcher.setAttribute("aria-expanded", String(open));
      if (!open) {
        if (moveFocus) launcher.focus();
        return;
      }
      if (!socket) connect(); // a site's visitors who never open the chat hold no connection
      log.scrollTop = log.scrollHeight;
      if (moveFocus) input.focus();
      if (state.unseen === "urgent") {
        var urgent = state.log.filter(function (e) { return e.from === "bot" && e.urgency; }).pop();
        if (urgent) announce(urgentWords(urgent));
      }
      state.unseen = null;
      save(state);
      showUnseen();
    }

    function setTyping(on) {
      waiting = Math.max(0, waiting + (on ? 1 : -1));
      typing.textContent = waiting ? "The assistant is typing…" : "";
      typing.classList.toggle("soma-typing--on", waiting > 0);
    }

    // withSigns: the assistant can't answer, so the alert names the signs that need help now
    function showProblem(message, withSigns) {
      if (!message) {
        if (problem.hidden) return;
        var hadFocus = problem.contains(document.activeElement);
        problem.hidden = true;
        problemText.textContent = "";
        if (hadFocus) input.focus(); // "Try again" worked: back to typing
        return;
      }
      signs.hidden = !withSigns;
      if (problemText.textContent !== message) problemText.textContent = message; // unchanged: not read again
      problem.hidden = false;
    }

    function say(text) {
      text = (text || "").trim();
      if (!text) { input.focus(); return; }
      if (!socket || !socket.connected || !state.session) {
        if (asleep) { // the server closed a chat left idle: connect again, with the same session
          asleep = false;
          connect();
        }
        if (socket && socket.active && problem.hidden) {
          pending = text;
          typing.textContent = "Connecting to the assistant…";
          return;
        }
        showProblem(OUTAGE, true);
        return;
      }
      remember({ from: "user", text: text });
      setTyping(true);
      // the server knows the session from the connection; the time zone words the summary's times
      socket.emit("user_uttered", { message: text, timezone: timeZone() });
      input.value = "";
      updateCount();
    }

    function updateCount() {
      count.textContent = input.value.length + " of " + MAX_CHARS + " characters";
    }

    var CONNECT_TIMEOUT_MS = 8000;

    function connect() {
      if (socket) socket.close();
      socket = window.io(server, { path: "/socket.io", transports: ["websocket", "polling"], reconnection: true });
      var attempt = socket;
      // a connection that silently never completes must not leave the patient waiting without a word
      setTimeout(function () {
        if (socket === attempt && !attempt.connected) showProblem(OUTAGE, true);
      }, CONNECT_TIMEOUT_MS);
      socket.on("connect", function () {
        showProblem(null);
        if (!pending && !waiting) typing.textContent = ""; // "Connecting…" after Try again
        socket.emit("session_request", { session_id: state.session });
      });
      socket.on("session_confirm", function (session) {
        // a token "<session id>.<expires>.<signature>", renewed on every resume (channels/session_token.py)
        if (state.session && sessionId(state.session) !== sessionId(session)) state.log = []; // the server started afresh
        state.session = session;
        save(state);
        if (pending) {
          var text = pending;
          pending = null;
          typing.textContent = "";
          say(text);
        }
      });
      socket.on("bot_uttered", function (message) {
        setTyping(false);
        if (message.error) {
          showProblem(message.text, message.error === "temporarily_unavailable" || message.error === "no_reply");
          return;
        }
        remember({ from: "bot", text: message.text || "", urgency: message.urgency || null,
                   buttons: message.buttons || [], response: message.response || null, calls: message.calls || [] });
      });
      socket.on("connect_error", function () {
        waiting = 1; setTyping(false);
        showProblem(OUTAGE, true);
      });
      socket.on("disconnect", function (reason) {
        if (reason === "io client disconnect") return;
        if (reason === "io server disconnect") { asleep = true; return; } // idle: reconnect on the next message
        showProblem(OUTAGE, true);
      });
    }

    form.addEventListener("submit", function (event) { event.preventDefault(); say(input.value); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); say(input.value); }
    });
    input.addEventListener("input", updateCount);
    restart.addEventListener("click", function () {
      state = { session: null, log: [], open: state.open };
      save(state);
      log.textContent = "";
      connect();
      input.focus();
    });

    // the newest reply (often the urgent card) stays in view when the screen turns or narrows
    window.addEventListener("resize", function () { log.scrollTop = log.scrollHeight; });
    state.log.forEach(render);
    if (!launcherMode) {
      connect();
      return;
    }
    launcher.addEventListener("click", function () { setOpen(panel.hidden, true); });
    closeButton.addEventListener("click", function () { setOpen(false, true); });
    root.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && !panel.hidden) {
        event.preventDefault();
        setOpen(false, true);
      }
    });
    showUnseen();
    if (state.open) setOpen(true, false); // a page change in the same tab: still open, focus left alone
  }

  function init() {
    var root = launcherMode ? document.getElementById("soma-chat-launcher") : document.getElementById("soma-chat");
    if (launcherMode && !root) {
      root = el("aside", { id: "soma-chat-launcher", class: "soma-chat--launcher", "aria-label": "Soma side-effect chat" });
      document.body.appendChild(root);
    }
    if (root && !root.dataset.started) {
      root.dataset.started = "true";
      start(root);
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
