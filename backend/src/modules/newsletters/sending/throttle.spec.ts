import { Throttle } from './throttle';

describe('throttle', () => {
  it('lets through `perSecond` messages a second after the first burst', async () => {
    let clock = 0;
    const waits: number[] = [];
    const throttle = new Throttle(
      10,
      2,
      () => clock,
      (ms) => {
        waits.push(Math.round(ms));
        clock += ms;
        return Promise.resolve();
      },
    );
    for (let i = 0; i < 12; i++) await throttle.take();
    // Two at once (the burst), then one every 100 ms: 10 more take a second.
    expect(waits).toEqual(Array(10).fill(100));
    expect(clock).toBeCloseTo(1000);
  });

  it('does not wait at all without a limit', async () => {
    const throttle = new Throttle(
      0,
      1,
      () => 0,
      () => Promise.reject(new Error('no sleep expected')),
    );
    await Promise.all(Array.from({ length: 100 }, () => throttle.take()));
  });
});
