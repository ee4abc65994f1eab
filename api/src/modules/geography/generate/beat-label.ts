/**
 * The code of a responsibility grid (责任网格): its street's 9-digit code and a 3-digit sequence,
 * e.g. `310101002-001`. Unit grid codes are standardised (GB/T 30428.1); beat codes are not, so
 * gridloop keeps them readable and visibly distinct from the 15-digit grid codes.
 */
export function formatBeatCode(streetCode: string, sequence: number): string {
  return `${streetCode}-${String(sequence).padStart(3, '0')}`;
}

/** The name shown for a beat, as city staff say it: `南京东路街道 第1责任网格`. */
export function formatBeatName(streetName: string, sequence: number): string {
  return `${streetName} 第${sequence}责任网格`;
}
