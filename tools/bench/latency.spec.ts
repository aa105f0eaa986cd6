import { LatencyRecorder, percentile } from './latency';

describe('latency', () => {
  it('gives nearest-rank percentiles over every sample', () => {
    const recorder = new LatencyRecorder(4);
    for (let ms = 100; ms >= 1; ms--) recorder.record(ms);
    expect(recorder.summary()).toEqual({ count: 100, meanMs: 50.5, p50Ms: 50, p90Ms: 90, p99Ms: 99, maxMs: 100 });
  });

  it('handles a single sample and none', () => {
    expect(percentile(Float64Array.of(7), 99)).toBe(7);
    expect(Number.isNaN(percentile(new Float64Array(0), 50))).toBe(true);
  });
});
