// Build the widget into dist/: one script (socket.io-client + the widget), its stylesheet and the
// patient page. Nothing is fetched at run time: every file is served from the page's own origin.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

// the browser bundle that socket.io-client ships (not in its package "exports", so by path)
const socketio = "node_modules/socket.io-client/dist/socket.io.min.js";
mkdirSync("dist", { recursive: true });
writeFileSync(
  "dist/soma-chat.js",
  `${readFileSync(socketio, "utf8")}\n;${readFileSync("src/soma-chat.js", "utf8")}`,
);
copyFileSync("src/soma-chat.css", "dist/soma-chat.css");
copyFileSync("src/index.html", "dist/index.html");
console.log("widget built: dist/index.html, dist/soma-chat.js, dist/soma-chat.css");
