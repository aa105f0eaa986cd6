/**
 * Which winner takes which seat when the seats up differ in term length (2027 in the
 * Wisconsin default: a 2-year and a 3-year seat). Rule: winners in order of election (a
 * plurality or approval count ranks them by votes, lots breaking ties; STV elects in
 * order of reaching the quota) take the seats in order of term length, longest first,
 * then by seat number. The same result and seed always give the same assignment.
 */
export interface SeatUp {
  seatId: string;
  seatNumber: number;
  /** The year the term won now ends (the successor's election). */
  termEndYear: number;
}

export interface SeatAssignment {
  seatId: string;
  seatNumber: number;
  /** The winner seated, or null when too few candidates were elected (the seat falls vacant). */
  candidateId: string | null;
}

export function assignWinnersToSeats(electedInOrder: readonly string[], seats: readonly SeatUp[]): SeatAssignment[] {
  if (electedInOrder.length > seats.length) throw new RangeError(`${electedInOrder.length} winners for ${seats.length} seats`);
  const ordered = [...seats].sort((a, b) => b.termEndYear - a.termEndYear || a.seatNumber - b.seatNumber);
  return ordered.map((seat, index) => ({ seatId: seat.seatId, seatNumber: seat.seatNumber, candidateId: electedInOrder[index] ?? null }));
}
