/**
 * The composition of a KKR after a municipal election (KKR Midtjylland's rules of procedure § 3, stk. 2):
 * a fixed number of seats, no party below its minimum (its mayors; at least 1 for a party that qualifies),
 * and "underrepræsentationen (dvs. forholdet mellem procentvis andel af stemmerne og procentvis andel af
 * pladserne i KKR) er mindst muligt for det parti …, der samlet set er blevet mest underrepræsenteret".
 *
 * Read as a rule: among the allocations that respect the minimums, take the one whose largest ratio
 * vote share ÷ seat share is smallest; among those that tie on it, the one whose next-largest ratio is
 * smallest, and so on (lexicographic min-max). Every party's ratio is its votes ÷ its seats times the same
 * constant (seats ÷ votes in all), so votes ÷ seats is compared, exactly.
 *
 * Method: start from the minimums and give each further seat to the party that is most under-represented
 * now (largest votes ÷ seats; a party with votes and no seat is more under-represented than any party with
 * one, and the more votes the more so). Giving a seat lowers only that party's ratio, so a seat given to
 * anyone else would leave the largest ratio where it is. When more parties share the largest ratio than
 * seats are left, the seats go to those whose ratio falls lowest with one more seat, which makes the rest
 * of the ordered list smallest. Parties that stay tied even then (same votes, same seats) are a tie the
 * rules do not break: #VALUE! naming them, for KKR to settle outside the formula. The tests check this
 * against an enumeration of every allocation of thousands of small cases.
 */
import { ARGUMENT } from "./argumentNames";
import { Grid, requireGrid, requireSameShape, reshapeLike } from "./cells";
import { LocalizedText, numberError, valueError } from "./errors";
import { listNames, partyName, readCounts, readSeats } from "./votes";

/** How under-represented a party is: votes ÷ seats, with "votes but no seat" above every finite ratio. */
function compareUnderRepresentation(votesA: bigint, seatsA: number, votesB: bigint, seatsB: number): number {
  const unseatedA = seatsA === 0 && votesA > 0n;
  const unseatedB = seatsB === 0 && votesB > 0n;
  if (unseatedA !== unseatedB) return unseatedA ? 1 : -1;
  if (unseatedA) return Math.sign(Number(votesA - votesB));
  // A party without votes is represented at least fairly: ratio 0, whatever its seats.
  const difference = votesA * BigInt(Math.max(seatsB, 1)) - votesB * BigInt(Math.max(seatsA, 1));
  return difference > 0n ? 1 : difference < 0n ? -1 : 0;
}

/** Each party's seats from these minimums, the largest ratio first. Throws on a tie that matters. */
function minMaxSeats(
  votes: readonly bigint[],
  total: number,
  minimum: readonly number[],
  names: readonly LocalizedText[],
): number[] {
  const seats = [...minimum];
  let left = total - minimum.reduce((sum, least) => sum + least, 0);
  const compareNow = (a: number, b: number) => compareUnderRepresentation(votes[a], seats[a], votes[b], seats[b]);
  const compareAfter = (a: number, b: number) =>
    compareUnderRepresentation(votes[a], seats[a] + 1, votes[b], seats[b] + 1);
  while (left > 0) {
    const worst = mostUnderRepresented(votes.length, compareNow);
    // Without votes anywhere every allocation is as fair as every other; a lone party still takes all.
    if (votes[worst[0]] === 0n && worst.length > 1) throw tie(worst, names, left);
    if (worst.length > left) {
      // Stable: equal parties keep their order, and are then reported as a tie.
      worst.sort(compareAfter);
      const boundary = worst[left - 1];
      if (compareAfter(boundary, worst[left]) === 0) {
        const tied = worst.filter((party) => compareAfter(party, boundary) === 0);
        throw tie(tied, names, left - worst.indexOf(tied[0]));
      }
      worst.length = left;
    }
    for (const party of worst) seats[party]++;
    left -= worst.length;
  }
  return seats;
}

/** Every party whose ratio is the largest, in their order; one pass to find it, one to collect. */
function mostUnderRepresented(parties: number, compare: (a: number, b: number) => number): number[] {
  let first = 0;
  for (let party = 1; party < parties; party++) if (compare(party, first) > 0) first = party;
  const worst: number[] = [];
  for (let party = 0; party < parties; party++) if (compare(party, first) === 0) worst.push(party);
  return worst;
}

/** The parties that stand equal for the `disputed` last seats, whichever of them gets one. */
function tie(parties: readonly number[], names: readonly LocalizedText[], disputed: number) {
  const tied = parties.map((party) => names[party]);
  return valueError(
    `Lighed om ${disputed === 1 ? "den sidste plads" : `de sidste ${disputed} pladser`} mellem partierne i ${listNames(tied, "da")}: reglerne afgør den ikke, så KKR må afgøre den uden for formlen.`,
    `A tie for the last ${disputed === 1 ? "seat" : `${disputed} seats`} between the parties in ${listNames(tied, "en")}: the rules do not settle it, so KKR must settle it outside the formula.`,
  );
}

/** KKR.SEATS: each party's seats, in the shape of `votes`. */
export function seats(voteGrid: Grid, total: unknown, minimumGrid?: Grid): number[][] {
  const grid = requireGrid(voteGrid, ARGUMENT.votes);
  const votes = readCounts(grid);
  const count = readSeats(total);
  const minimum = minimumGrid === undefined ? votes.map(() => 0) : readMinimum(grid, minimumGrid);
  const least = minimum.reduce((sum, seat) => sum + seat, 0);
  if (least > count) {
    throw numberError(
      `Mindstetallene giver ${least} pladser i alt, flere end de ${count} pladser, der er.`,
      `The minimums add up to ${least} seats, more than the ${count} seats there are.`,
    );
  }
  const names = votes.map((_, index) => partyName(grid, index));
  return reshapeLike(grid, minMaxSeats(votes, count, minimum, names));
}

function readMinimum(votes: Grid, minimumGrid: Grid): number[] {
  const grid = requireGrid(minimumGrid, ARGUMENT.minimum);
  requireSameShape(votes, ARGUMENT.votes, grid, ARGUMENT.minimum);
  return readCounts(grid, ARGUMENT.minimum, { da: "pladser", en: "seats" }).map(Number);
}
