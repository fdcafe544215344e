import { SMTPServer } from 'smtp-server';

/**
 * The benchmark's SMTP sink, in a process of its own so it does not share the sender's event loop. Accepts
 * everything, keeps nothing, counts messages; tells its parent when it listens and, on request, the count.
 */
const port = Number(process.argv[2] ?? 3352);
let received = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, _session, done) {
    stream.on('data', () => undefined);
    stream.on('end', () => {
      received++;
      done();
    });
  },
});
let listening = false;
// Before it listens, an error (the port is taken) is fatal; after, it is a client dropping its connection.
server.on('error', (e) => {
  if (listening) return;
  console.error(`SMTP sink: ${e.message}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  listening = true;
  process.send?.({ listening: port });
});
process.on('message', (m: { count?: boolean }) => m.count && process.send?.({ received }));
process.on('disconnect', () => server.close(() => process.exit(0)));
