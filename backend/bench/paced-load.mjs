// Open-loop load at a constant rate over a fixed number of keep-alive connections, in a worker thread (so it does not
// share the event loop of the server it measures). Each request is timed from the moment it was due, not from when
// a connection was free: a slow answer delays the next ones and their wait counts (no coordinated omission).
// autocannon's rate option cannot do this: it lets each connection fire its quota at the start of every second.
import http from 'node:http';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/**
 * `{ rps, p50, p99 }` (ms) of `rate` requests a second for `seconds`, over `connections` sockets, after a paced
 * second that is not recorded (the thread's and sockets' cold start would otherwise count as the server's latency).
 */
export function pacedLoad({ url, headers = {}, rate, connections, seconds }) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { url, headers, rate, connections, seconds } });
    worker.once('message', resolve).once('error', reject);
  });
}

async function run({ url, headers, rate, connections, seconds }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const warmup = Math.round(rate);
  const total = warmup + Math.round(rate * seconds);
  const latencies = [];
  let failures = 0;
  let firstFailure;
  const start = performance.now() + 20;
  const measured = start + (warmup * 1000) / rate;
  await new Promise((resolve) => {
    let sent = 0;
    let ended = 0;
    const finish = (due, failure) => {
      if (failure) {
        failures++;
        firstFailure ??= failure;
      } else if (due >= measured) latencies.push(performance.now() - due);
      if (++ended === total) resolve();
    };
    // Sends every request whose time has come, then sleeps until the next one is due.
    const tick = () => {
      const now = performance.now();
      for (; sent < total && start + (sent * 1000) / rate <= now; sent++) {
        const due = start + (sent * 1000) / rate;
        http
          .get(url, { agent, headers }, (res) => {
            res.resume();
            res.on('end', () => finish(due, res.statusCode !== 200 && `HTTP ${res.statusCode}`));
          })
          .on('error', (e) => finish(due, e.message));
      }
      if (sent < total) setTimeout(tick, Math.max(0, start + (sent * 1000) / rate - performance.now()));
    };
    setTimeout(tick, 20);
  });
  agent.destroy();
  if (failures) throw new Error(`${url}: ${failures} failed requests, the first: ${firstFailure}`);
  latencies.sort((a, b) => a - b);
  const at = (q) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]);
  return { rps: latencies.length / ((performance.now() - measured) / 1000), p50: at(0.5), p99: at(0.99) };
}

if (!isMainThread) parentPort.postMessage(await run(workerData));
