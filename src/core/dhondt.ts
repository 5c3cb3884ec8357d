/**
 * Proportional election by d'Hondt's method, as kommunestyrelseslovens § 24 prescribes for choosing several
 * representatives to one body and KKR's rules of procedure for chair and vice-chair: the seats go one by one
 * to the largest of each list's votes ÷ (seats won + 1). With electoral alliances (valgforbund) the seats are
 * first divided over the alliances (a party in none stands alone) and then within each alliance over its
 * parties. A tie for the last seat is no result: the law draws lots, so the function says who ties.
 */
import { ARGUMENT } from "./argumentNames";
import { Grid, cellErrorAt, isBlank, matchKey, requireGrid, requireSameShape, reshapeLike, showCell } from "./cells";
import { LocalizedText, valueError } from "./errors";
import { listNames, partyName, readSeats, readCounts } from "./votes";

/** Seats for lists with these votes (whole, non-negative), one seat at a time. Throws on a tie that matters. */
export function dhondtSeats(votes: readonly bigint[], seats: number, names: readonly LocalizedText[]): number[] {
  const won = votes.map(() => 0);
  let left = seats;
  while (left > 0) {
    const leaders = largestQuotients(votes, won);
    // With no votes at all every quotient is 0, so any division ties; a lone list still takes every seat.
    if (leaders.length > left || (votes[leaders[0]] === 0n && leaders.length > 1)) {
      const tied = (language: "da" | "en") =>
        listNames(
          leaders.map((leader) => names[leader]),
          language,
        );
      throw valueError(
        `Stemmelighed om ${left === 1 ? "den sidste plads" : `de sidste ${left} pladser`} mellem stemmerne i ${tied("da")}; loven afgør den ved lodtrækning.`,
        `A tie for the last ${left === 1 ? "seat" : `${left} seats`} between the votes in ${tied("en")}; the law settles it by drawing lots.`,
      );
    }
    for (const leader of leaders) won[leader]++;
    left -= leaders.length;
  }
  return won;
}

/** The lists whose next quotient votes ÷ (won + 1) is the largest, compared exactly. */
function largestQuotients(votes: readonly bigint[], won: readonly number[]): number[] {
  let leaders: number[] = [];
  for (let list = 0; list < votes.length; list++) {
    if (leaders.length === 0) {
      leaders = [list];
      continue;
    }
    const best = leaders[0];
    // votes[list] / (won[list] + 1) against votes[best] / (won[best] + 1), cross-multiplied.
    const difference = votes[list] * BigInt(won[best] + 1) - votes[best] * BigInt(won[list] + 1);
    if (difference > 0n) leaders = [list];
    else if (difference === 0n) leaders.push(list);
  }
  return leaders;
}

/** KKR.DHONDT: each party's seats, in the shape of `votes`. */
export function dhondt(voteGrid: Grid, seats: unknown, allianceGrid?: Grid): number[][] {
  const grid = requireGrid(voteGrid, ARGUMENT.votes);
  const votes = readCounts(grid);
  const count = readSeats(seats);
  const names = votes.map((_, index) => partyName(grid, index));
  const alliances = allianceGrid === undefined ? votes.map(() => undefined) : readAlliances(grid, allianceGrid);
  // Each alliance, and each party in none, is one list in the first round.
  const groups = new Map<string, number[]>();
  alliances.forEach((alliance, party) => {
    const key = alliance ?? `party:${party}`;
    groups.set(key, [...(groups.get(key) ?? []), party]);
  });
  const members = [...groups.values()];
  const groupSeats = dhondtSeats(
    members.map((parties) => parties.reduce((sum, party) => sum + votes[party], 0n)),
    count,
    members.map((parties) => ({
      da: parties.map((party) => names[party].da).join(" + "),
      en: parties.map((party) => names[party].en).join(" + "),
    })),
  );
  const result = votes.map(() => 0);
  members.forEach((parties, group) => {
    const within = dhondtSeats(
      parties.map((party) => votes[party]),
      groupSeats[group],
      parties.map((party) => names[party]),
    );
    parties.forEach((party, index) => (result[party] = within[index]));
  });
  return reshapeLike(grid, result);
}

/** Each party's alliance (case and spaces aside), or undefined for a party in none. */
function readAlliances(votes: Grid, allianceGrid: Grid): (string | undefined)[] {
  const grid = requireGrid(allianceGrid, ARGUMENT.alliances);
  requireSameShape(votes, ARGUMENT.votes, grid, ARGUMENT.alliances);
  return grid.flat().map((cell, index) => {
    if (isBlank(cell)) return undefined;
    const key = matchKey(cell);
    if (key !== undefined) return key;
    throw cellErrorAt(ARGUMENT.alliances, grid, index, {
      da: `${showCell(cell).da} er ikke navnet på et valgforbund.`,
      en: `${showCell(cell).en} is not the name of an electoral alliance.`,
    });
  });
}
