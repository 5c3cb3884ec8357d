import { studentTCdf, studentTQuantile } from "../../src/core/studentT";

describe("Student's t quantile", () => {
  // A published two-sided t table (e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2), to 4 decimals.
  it.each([
    [0.975, 1, 12.7062],
    [0.975, 2, 4.3027],
    [0.975, 3, 3.1824],
    [0.975, 5, 2.5706],
    [0.975, 10, 2.2281],
    [0.975, 20, 2.086],
    [0.975, 30, 2.0423],
    [0.975, 60, 2.0003],
    [0.975, 100, 1.984],
    [0.95, 10, 1.8125],
    [0.95, 1, 6.3138],
    [0.995, 10, 3.1693],
    [0.995, 4, 4.6041],
    [0.9, 15, 1.3406],
  ])("t(%f, %i df) = %f", (p, df, t) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(t, 4);
    expect(studentTQuantile(1 - p, df)).toBeCloseTo(-t, 4);
  });

  it("tends to the normal quantile for many degrees of freedom, and takes fractional ones", () => {
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.95996, 4);
    const between = studentTQuantile(0.975, 17.5);
    expect(between).toBeLessThan(studentTQuantile(0.975, 17));
    expect(between).toBeGreaterThan(studentTQuantile(0.975, 18));
    expect(studentTCdf(studentTQuantile(0.975, 17.5), 17.5)).toBeCloseTo(0.975, 10);
  });
});
