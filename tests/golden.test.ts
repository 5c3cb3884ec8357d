/** The golden-fixture helper itself: a fixture that is not there, or is empty, fails instead of passing on nothing. */
import { expectGolden } from "./golden";

describe("expectGolden", () => {
  const update = process.env.UPDATE_GOLDEN;
  beforeAll(() => delete process.env.UPDATE_GOLDEN);
  afterAll(() => {
    if (update !== undefined) process.env.UPDATE_GOLDEN = update;
  });

  it("fails on a fixture that does not exist, saying how to make it", () => {
    expect(() => expectGolden("no-such-fixture", 1)).toThrow(
      /no-such-fixture\.json is missing or empty: run with UPDATE_GOLDEN=1/,
    );
  });

  it("holds a value to its fixture", () => {
    expect(() => expectGolden("goal-table-headers-da", ["Mål-id"])).toThrow();
  });
});
