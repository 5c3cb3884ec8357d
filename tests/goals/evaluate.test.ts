import { GoalInForce, catalogue, resolveGoal } from "../../src/goals";
import { evaluateGoal } from "./referenceModel";

const goal = (id: string, year: number, hub?: Parameters<typeof resolveGoal>[2]): GoalInForce => {
  const template = catalogue.find((candidate) => candidate.id === id);
  if (!template) throw new Error(`no goal ${id}`);
  return resolveGoal(template, year, hub);
};

describe("evaluateGoal", () => {
  it("judges NPS per segment against its threshold", () => {
    expect(evaluateGoal(goal("ra21-m3-nps-drift", 2022), 64)).toEqual({
      fulfilment: 0,
      status: "missed",
      explanation: "NPS 64 < 70 (drift)",
    });
    expect(evaluateGoal(goal("ra21-m3-nps-vaekst", 2022), 70)).toEqual({
      fulfilment: 1,
      status: "met",
      explanation: "NPS 70 ≥ 70 (vækst)",
    });
    expect(evaluateGoal(goal("ra21-m3-nps-drift", 2022), 100 / 3).explanation).toBe("NPS 33,3 < 70 (drift)");
  });

  it("tells a miss or a pass within the confidence interval from a clear one", () => {
    const nps = goal("ra21-m3-nps-drift", 2022); // at least 70
    // 72 met, but the interval 60..84 reaches below 70: met within the uncertainty.
    expect(evaluateGoal(nps, 72, { interval: { lower: 60, upper: 84 } }).status).toBe("metUncertain");
    // 72 met and the whole interval 70..74 is at least 70: met.
    expect(evaluateGoal(nps, 72, { interval: { lower: 70, upper: 74 } }).status).toBe("met");
    // 68 missed, but the interval 55..80 reaches 70: missed within the uncertainty.
    expect(evaluateGoal(nps, 68, { interval: { lower: 55, upper: 80 } }).status).toBe("missedUncertain");
    // 68 missed and the interval 65..69 stays below 70: missed.
    expect(evaluateGoal(nps, 68, { interval: { lower: 65, upper: 69 } }).status).toBe("missed");
    // A missing bound changes nothing.
    expect(evaluateGoal(nps, 68, { interval: { lower: 55 } }).status).toBe("missed");
    // A ladder: 59 % misses both levels; the upper bound 61 % reaches the 50 % level at 60 %.
    expect(evaluateGoal(goal("ra19-effekt", 2019), 0.59, { interval: { lower: 0.5, upper: 0.61 } }).status).toBe(
      "missedUncertain",
    );
  });

  it("reads the worse bound as the upper one where the goal is a maximum", () => {
    const spread = goal("sjl19-m5b-geografisk-spredning", 2019); // at most 2 pp
    expect(evaluateGoal(spread, 0.015, { interval: { lower: 0.01, upper: 0.03 } }).status).toBe("metUncertain");
    expect(evaluateGoal(spread, 0.025, { interval: { lower: 0.015, upper: 0.03 } }).status).toBe("missedUncertain");
  });

  it("climbs the ladder: 100 % at 70 %, 50 % at 60 %, 0 below", () => {
    const effect = goal("ra19-effekt", 2019);
    expect(evaluateGoal(effect, 0.7)).toMatchObject({ fulfilment: 1, status: "met" });
    expect(evaluateGoal(effect, 0.65)).toEqual({
      fulfilment: 0.5,
      status: "partlyMet",
      explanation: "Andel 65 % ≥ 60 % (50 % opfyldt; fuldt ved 70 %)",
    });
    expect(evaluateGoal(effect, 0.6)).toMatchObject({ fulfilment: 0.5, status: "partlyMet" });
    expect(evaluateGoal(effect, 0.599)).toEqual({
      fulfilment: 0,
      status: "missed",
      explanation: "Andel 59,9 % < 70 %",
    });
  });

  it("uses the hub's ladder where the hub's contract differs", () => {
    expect(evaluateGoal(goal("ra19-nps", 2019, "sjaelland"), 55)).toMatchObject({
      fulfilment: 0.5,
      status: "partlyMet",
    });
    expect(evaluateGoal(goal("ra19-nps", 2019, "hovedstaden"), 55)).toMatchObject({ fulfilment: 0, status: "missed" });
  });

  it("uses the year's threshold: effect 65 % in 2021, 70 % in 2022", () => {
    expect(evaluateGoal(goal("ra21-m7-effekt", 2021), 0.67).status).toBe("met");
    expect(evaluateGoal(goal("ra21-m7-effekt", 2022), 0.67).status).toBe("missed");
  });

  it("uses the hub's count: 1,200 start-ups nationally, 94 for Fyn", () => {
    expect(evaluateGoal(goal("ra24-m1-ivaerksaettere", 2024, "fyn"), 100)).toEqual({
      fulfilment: 1,
      status: "met",
      explanation: "Antal 100 ≥ 94",
    });
    expect(evaluateGoal(goal("ra24-m1-ivaerksaettere", 2024), 1100)).toEqual({
      fulfilment: 0,
      status: "missed",
      explanation: "Antal 1.100 < 1.200",
    });
  });

  it("measures a change against the hub's baseline in percentage points", () => {
    // Hovedstaden's awareness was 26 % in 2020: 30 % is +4 pp (missed), 31 % is +5 pp (met).
    expect(evaluateGoal(goal("ra21-m1-kendskab-stigning", 2021, "hovedstaden"), 0.3)).toEqual({
      fulfilment: 0,
      status: "missed",
      explanation: "Stigning 4 pp < 5 pp",
    });
    expect(evaluateGoal(goal("ra21-m1-kendskab-stigning", 2021, "hovedstaden"), 0.32).status).toBe("met");
    // Sjælland from 34 % to 39 % is exactly +5 pp (0.39 - 0.34 is 0.04999… in binary floating point).
    expect(evaluateGoal(goal("ra21-m1-kendskab-stigning", 2021, "sjaelland"), 0.39)).toEqual({
      fulfilment: 1,
      status: "met",
      explanation: "Stigning 5 pp ≥ 5 pp",
    });
    expect(evaluateGoal(goal("ra21-m1-kendskab-stigning", 2021, "nordjylland"), 0.44).status).toBe("missed");
    expect(evaluateGoal(goal("ra21-m1-kendskab-stigning", 2021), 0.44, { baseline: 0.38 }).status).toBe("met");
    expect(evaluateGoal(goal("ra21-m1-kendskab-stigning", 2021), 0.44)).toMatchObject({
      fulfilment: null,
      status: "noData",
    });
  });

  it("judges growth against a control group, including 'increased' productivity (strictly above 0)", () => {
    expect(evaluateGoal(goal("ra24-m5-omsaetning", 2024), 0.12)).toEqual({
      fulfilment: 1,
      status: "met",
      explanation: "Mervækst 12 pp ≥ 10 pp (vækst)",
    });
    expect(evaluateGoal(goal("ra24-m5-beskaeftigelse", 2024), 0.04).status).toBe("missed");
    expect(evaluateGoal(goal("ra24-m5-produktivitet", 2024), 0)).toEqual({
      fulfilment: 0,
      status: "missed",
      explanation: "Mervækst 0 pp ≤ 0 pp (drift)",
    });
    expect(evaluateGoal(goal("ra24-m5-produktivitet", 2024), 0.001).status).toBe("met");
  });

  it("judges at-most and band goals on population deviation", () => {
    const sjaelland = goal("sjl19-m5b-geografisk-spredning", 2019);
    expect(evaluateGoal(sjaelland, 0.02)).toEqual({
      fulfilment: 1,
      status: "met",
      explanation: "Afvigelse 2 pp ≤ 2 pp",
    });
    expect(evaluateGoal(sjaelland, 0.025)).toEqual({
      fulfilment: 0,
      status: "missed",
      explanation: "Afvigelse 2,5 pp > 2 pp",
    });
    const midtjylland = goal("midt22-m8-geografisk-spredning", 2022);
    expect(evaluateGoal(midtjylland, -0.08)).toEqual({
      fulfilment: 1,
      status: "met",
      explanation: "Afvigelse 8 % inden for ±10 %",
    });
    expect(evaluateGoal(midtjylland, -0.12)).toEqual({
      fulfilment: 0,
      status: "missed",
      explanation: "Afvigelse 12 % uden for ±10 %",
    });
  });

  it("says 'no data' without a number", () => {
    for (const actual of [null, undefined, "", "n/a", NaN]) {
      expect(evaluateGoal(goal("ra24-m2-kendskab", 2024), actual)).toEqual({
        fulfilment: null,
        status: "noData",
        explanation: "Intet resultat indtastet.",
      });
    }
  });

  it("leaves goals checked by hand to the user, until ticked", () => {
    const tool = goal("ra21-m6-dialogvaerktoej", 2021);
    expect(evaluateGoal(tool, null)).toMatchObject({ fulfilment: null, status: "manual" });
    expect(evaluateGoal(tool, "Ja")).toMatchObject({ fulfilment: 1, status: "met" });
    expect(evaluateGoal(tool, true)).toMatchObject({ fulfilment: 1, status: "met" });
    expect(evaluateGoal(tool, "nej")).toMatchObject({ fulfilment: 0, status: "missed" });
    expect(evaluateGoal(tool, false)).toMatchObject({ fulfilment: 0, status: "missed" });
    expect(evaluateGoal(tool, "måske")).toMatchObject({ fulfilment: null, status: "manual" });
  });
});
