// Build the widget into dist/: one script (socket.io-client + the widget), its stylesheet, the
// patient page with its stylesheet, and the example pages (example/: the chat button and the inline
// mode). Nothing is fetched at run time: every file is served from the page's own origin.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";

// the browser bundle that socket.io-client ships (not in its package "exports", so by path)
const socketio = "node_modules/socket.io-client/dist/socket.io.min.js";
mkdirSync("dist", { recursive: true });
writeFileSync(
  "dist/soma-chat.js",
  `${readFileSync(socketio, "utf8")}\n;${readFileSync("src/soma-chat.js", "utf8")}`,
);
copyFileSync("src/soma-chat.css", "dist/soma-chat.css");
copyFileSync("src/page.css", "dist/page.css");
mkdirSync("dist/example", { recursive: true });
for (const page of readdirSync("src/example")) copyFileSync(`src/example/${page}`, `dist/example/${page}`);
// last: make's target (dist/index.html) is newer than everything it depends on
copyFileSync("src/index.html", "dist/index.html");
console.log("widget built: dist/index.html, dist/page.css, dist/soma-chat.js, dist/soma-chat.css, dist/example/");
