/*
 * Soma side-effect triage chat widget.
 *
 * Embed with one element and one script tag:
 *   <div id="soma-chat"></div>
 *   <script src="https://chat.example.org/soma-chat.js" data-server="https://rasa.example.org" defer></script>
 * data-server defaults to the page's own origin (the patient page proxies /socket.io to Rasa).
 *
 * Talks to the Rasa socket.io channel (channels/socketio.py). Urgent replies (the responses
 * utter_emergency and utter_stop_and_contact_doctor) are shown as high-contrast cards with
 * role="alert". The conversation survives a reload in the same tab (sessionStorage); "Start over"
 * ends it. Nothing is loaded from anywhere but the page's own origin.
 */
(function () {
  "use strict";

  var MAX_CHARS = 2000; // the limit channels/gate.py enforces
  var STORE = "soma-chat";
  var QUICK_REPLIES = ["I have a symptom", "How to take it", "Alcohol", "Driving", "Other medicines"];
  var URGENT_TITLES = { emergency: "Emergency", stop: "Stop using Soma and contact your doctor" };
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
    var form = el("form", { class: "soma-form", "aria-label": "Send a message" }, [
      el("label", { for: "soma-input", text: "Your message" }),
      input,
      el("div", { class: "soma-form-row" }, [
        el("span", { id: "soma-hint", class: "soma-hint", text: "Enter sends, Shift+Enter starts a new line." }),
        count, send,
      ]),
    ]);
    root.appendChild(el("section", { class: "soma-panel", "aria-labelledby": "soma-title" }, [
      el("div", { class: "soma-header" }, [el("h2", { id: "soma-title", text: "Soma side-effect assistant" }), restart]),
      el("p", {
        class: "soma-disclaimer",
        text: "An automated assistant, not a doctor. In an emergency, call your local emergency number.",
      }),
      log, typing, problem, quick, form,
    ]));

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

    function remember(entry) {
      state.log.push(entry);
      save(state);
      render(entry);
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
      socket.emit("user_uttered", { message: text }); // the server knows the session from the connection
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
                   buttons: message.buttons || [] });
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
      state = { session: null, log: [] };
      save(state);
      log.textContent = "";
      connect();
      input.focus();
    });

    // the newest reply (often the urgent card) stays in view when the screen turns or narrows
    window.addEventListener("resize", function () { log.scrollTop = log.scrollHeight; });
    state.log.forEach(render);
    connect();
  }

  function init() {
    var root = document.getElementById("soma-chat");
    if (root && !root.dataset.started) {
      root.dataset.started = "true";
      start(root);
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
