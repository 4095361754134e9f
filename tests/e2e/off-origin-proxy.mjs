// A proxy that answers nothing: the WebKit and Firefox tests send every request for a host other
// than 127.0.0.1 here, and it records each one (a plain URL, or "CONNECT host:port" for https)
// and refuses it. A test that finds none has shown that nothing left for another host.
import { createServer } from "node:http";

export async function startProxy() {
  const requests = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(403, { "Content-Type": "text/plain" });
    res.end("Refused by the test's proxy\n");
  });
  server.on("connect", (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.end("HTTP/1.1 403 Forbidden\r\n\r\n");
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return {
    address: `127.0.0.1:${server.address().port}`,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((ok) => server.close(ok));
    },
  };
}
