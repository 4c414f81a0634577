// The floor: a bare node:http server that sets one cookie, on PORT.
import { createServer } from "node:http";

createServer((req, res) => {
  res.writeHead(200, { "set-cookie": "theme=dark; Path=/; HttpOnly; SameSite=Lax", "content-type": "text/plain" });
  res.end("ok");
}).listen(Number(process.env.PORT), "127.0.0.1");
