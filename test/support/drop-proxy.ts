// A TCP proxy that cuts the first N connections as soon as the client sends something
// matching `dropWhen` (e.g. the MAIL FROM command), without forwarding it. It imitates a
// network failure in the middle of an SMTP conversation; later connections pass through.
import net from 'node:net';

export interface DropProxy {
  port: number;
  connections(): number;
  dropped(): number;
  close(): Promise<void>;
}

export async function startDropProxy(
  targetPort: number,
  options: { dropFirst: number; dropWhen: RegExp },
): Promise<DropProxy> {
  let connections = 0;
  let dropped = 0;
  const sockets = new Set<net.Socket>();

  const server = net.createServer((client) => {
    const index = connections++;
    const upstream = net.connect(targetPort, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.once('close', () => sockets.delete(s));
      s.on('error', () => undefined); // the other side vanishing is the point of this proxy
    }
    const cut = () => {
      client.destroy();
      upstream.destroy();
    };
    client.once('close', () => upstream.destroy());
    upstream.once('close', () => client.destroy());
    upstream.pipe(client);

    let seen = '';
    client.on('data', (chunk: Buffer) => {
      if (index < options.dropFirst) {
        seen += chunk.toString('latin1');
        if (options.dropWhen.test(seen)) {
          dropped++;
          cut();
          return;
        }
      }
      upstream.write(chunk);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    connections: () => connections,
    dropped: () => dropped,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
