import fc from "fast-check";
import { transfer } from "../../src/core";
import { column, expectDomainError } from "../helpers";

const flat = (grid: number[][]): number[] => grid.flat();

describe("transfer", () => {
  it("hands each amount to its receiver, keeping the total", () => {
    // A 3, B 5, C 2; A and C hand over to B: B 3 + 5 + 2 = 10, A and C 0.
    expect(flat(transfer(column(3, 5, 2), column("A", "B", "C"), column("B", "", " b ")))).toEqual([0, 10, 0]);
  });

  it("applies KKR Hovedstaden's 2022 agreement: Bornholm takes over seven municipalities' quotas", () => {
    // The letter gives only the result (Bornholm 25, the seven 0); the model's figures before the takeover
    // are not published, so these are illustrative: the seven 1+3+2+2+3+1+1 = 13 and Bornholm 12 make 25.
    const names = column(
      "Dragør",
      "Hvidovre",
      "Tårnby",
      "Hillerød",
      "Rudersdal",
      "Glostrup",
      "Hørsholm",
      "Bornholm",
      "København",
    );
    const model = column(1, 3, 2, 2, 3, 1, 1, 12, 30);
    const receivers = column(...Array(7).fill("Bornholm"), "", "");
    expect(flat(transfer(model, names, receivers))).toEqual([0, 0, 0, 0, 0, 0, 0, 25, 30]);
  });

  it("adds decimals exactly, to the øre", () => {
    // 0,1 + 0,2 handed to a row of 0,3: exactly 0,6, not 0,6000000000000001.
    expect(flat(transfer(column(0.1, 0.2, 0.3), column("a", "b", "c"), column("c", "c", "")))).toEqual([0, 0, 0.6]);
  });

  it("names the row of an unknown receiver, a chain, a row handing to itself, and a duplicated name", () => {
    expectDomainError(
      () => transfer(column(1, 2), column("A", "B"), column("", "Atlantis")),
      "value",
      'Overtages_af, række 2: "Atlantis" findes ikke blandt kommunerne.',
      'Receivers, row 2: "Atlantis" is not among the municipalities.',
    );
    expectDomainError(
      () => transfer(column(1, 2, 3), column("A", "B", "C"), column("B", "C", "")),
      "value",
      'Overtages_af, række 1: "B" overdrager selv videre; lad modtageren beholde sit antal, eller peg direkte på den endelige modtager.',
    );
    expectDomainError(
      () => transfer(column(1, 2), column("A", "B"), column("a", "")),
      "value",
      "Overtages_af, række 1: rækken kan ikke overdrage til sig selv.",
    );
    expectDomainError(
      () => transfer(column(1, 2, 3), column("A", "B", "a"), column("", "A", "")),
      "value",
      'Kommuner, række 3: "a" står to gange; en modtager skal kunne findes entydigt.',
    );
    expectDomainError(
      () => transfer(column(1, "to"), column("A", "B"), column("", "")),
      "value",
      'Antal, række 2: "to" er ikke et tal.',
    );
    expectDomainError(
      () => transfer(column(1, 2), column("A"), column("", "")),
      "value",
      "Kommuner (1×1) skal have samme størrelse som antal (2×1).",
    );
  });

  describe("properties", () => {
    /** Rows with distinct names; some hand over to a row that hands nothing over. */
    const agreement = fc
      .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 20 })
      .chain((amounts) =>
        fc.tuple(
          fc.constant(amounts),
          fc.array(fc.nat(amounts.length - 1), { minLength: amounts.length, maxLength: amounts.length }),
          fc.array(fc.boolean(), { minLength: amounts.length, maxLength: amounts.length }),
        ),
      )
      .map(([amounts, targets, hands]) => {
        const names = amounts.map((_, index) => `Kommune ${index}`);
        const receivesOnly = new Set(targets);
        // A row hands over only if it is not itself a target and does not point at itself.
        const receivers = amounts.map((_, index) =>
          hands[index] && !receivesOnly.has(index) && targets[index] !== index ? names[targets[index]] : "",
        );
        return { amounts, names, receivers };
      });

    it("keeps the total, and leaves rows that neither give nor receive as they were", () => {
      fc.assert(
        fc.property(agreement, ({ amounts, names, receivers }) => {
          const result = flat(transfer(column(...amounts), column(...names), column(...receivers)));
          expect(result.reduce((a, b) => a + b, 0)).toBe(amounts.reduce((a, b) => a + b, 0));
          const receiving = new Set(receivers.filter(Boolean));
          amounts.forEach((amount, index) => {
            if (receivers[index]) expect(result[index]).toBe(0);
            else if (!receiving.has(names[index])) expect(result[index]).toBe(amount);
          });
        }),
      );
    });

    it("does not depend on the order of the rows", () => {
      fc.assert(
        fc.property(agreement, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (rows, stream) => {
          const order = rows.amounts.map((_, index) => index);
          const keys = [...stream.take(order.length)];
          order.sort((a, b) => keys[a] - keys[b] || a - b);
          const pick = <T>(list: T[]) => order.map((index) => list[index]);
          const straight = flat(transfer(column(...rows.amounts), column(...rows.names), column(...rows.receivers)));
          const shuffled = flat(
            transfer(column(...pick(rows.amounts)), column(...pick(rows.names)), column(...pick(rows.receivers))),
          );
          expect(shuffled).toEqual(pick(straight));
        }),
      );
    });
  });
});
