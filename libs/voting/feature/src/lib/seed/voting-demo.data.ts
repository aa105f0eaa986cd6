import { createHash } from 'node:crypto';

/**
 * What the voting demo holds, as data: the congress year, the questions, the Dane County
 * citizen resolution, and the deterministic "choices" of demo voters and delegates.
 */

/**
 * The demo's questionnaire year. The resolutions demo has the 2026 cycle under way and the
 * 2027 one starting: the 2027 questionnaire is the one its pipeline is filling (the 2026
 * resolutions' advisory questions, the 2027 county resolutions), so it is the one the demo
 * opens early, as the resolutions demo opens the 2027 submission window early.
 */
export const VOTING_DEMO_YEAR = 2027;

export const DEMO_STATEWIDE_QUESTIONS = [
  {
    source: 'agency',
    text: 'Should hunters of any age be allowed to use a crossbow for the whole archery deer season?',
    background:
      'The Department proposes to make the crossbow season the same as the archery season statewide. Today a crossbow license is separate and, for most hunters, its season is shorter.',
    /** How often a demo voter answers yes / no (out of 100); the rest abstain. */
    lean: { yes: 58, no: 36 },
  },
  {
    source: 'agency',
    text: 'Should the spring turkey season open one week earlier in Zones 1 to 3?',
    background:
      'Gobbling peaks earlier in the southern zones than it did when the season dates were set. The Department proposes moving every period in Zones 1 to 3 one week earlier.',
    lean: { yes: 44, no: 48 },
  },
  {
    source: 'board',
    text: 'Should the Natural Resources Board ask the legislature to fund boat-launch inspections on the lakes most at risk from invasive species?',
    background: 'The board asks whether to request a state appropriation for paid inspectors at the 100 launches with the most traffic from infested waters.',
    lean: { yes: 71, no: 22 },
  },
] as const;

/** The county-local question: a citizen resolution introduced in one county (Dane, where the demo's printed resident lives). */
export const DEMO_COUNTY_RESOLUTION = {
  preferredCountyCode: '55025',
  /** A number far above any the demo's resolutions service gives out in the year. */
  sequence: 9001,
  title: 'Restore native prairie on the county’s state wildlife areas',
  text: 'The Conservation Congress asks the Department to restore 500 acres of native prairie on the state wildlife areas of the county within five years, with volunteer seed collection days open to residents.',
  lean: { yes: 66, no: 25 },
} as const;

/** Demo residents 2 and 3 of every county vote online; resident 1 (the one `npm start` prints) is left to try it. */
export const DEMO_VOTING_RESIDENTS = [2, 3] as const;

/**
 * The demo's results publication threshold: its two online ballots per county publish, and a
 * third voter's ballot alone (resident 1, trying castBallot) does not move them — the rule at
 * work. A real congress keeps the default 10 or more.
 */
export const DEMO_RESULTS_PUBLICATION_THRESHOLD = DEMO_VOTING_RESIDENTS.length;

/** Counties whose paper ballots (entered by staff, confirmed by the admin) join the online ones. */
export const DEMO_PAPER_COUNTIES = ['55025', '55079'] as const;

export const DEMO_ROLL_CALL_TITLE = 'Adopt the congress’s position: crossbows for the whole archery season';

/** The delegate (of the county resolution's county) who declares a conflict of interest on the demo roll call, and why (public). */
export const DEMO_CONFLICT = { seatNumber: 5, reason: 'I own a sporting goods store that sells crossbows.' } as const;

/** A number from 0 to 99, the same for the same key on every run. */
export function demoDraw(key: string): number {
  return createHash('sha256').update(key).digest().readUInt32BE(0) % 100;
}

export function demoChoice(key: string, lean: { yes: number; no: number }): 'yes' | 'no' | 'abstain' {
  const draw = demoDraw(key);
  if (draw < lean.yes) return 'yes';
  if (draw < lean.yes + lean.no) return 'no';
  return 'abstain';
}

/** A UUID (version 5 layout) derived from a name, so reruns and readers meet the same id. */
export function demoUuid(name: string): string {
  const hash = createHash('sha1').update('civic-congress voting demo').update(name).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
