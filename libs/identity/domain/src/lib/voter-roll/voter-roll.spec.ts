import { MAX_VOTER_ROLL_BYTES, parseVoterRoll, VoterRollFormatError } from './voter-roll';

const header = 'voter_id,first_name,last_name,email,jurisdiction_code';

describe('parseVoterRoll', () => {
  it('accepts well-formed rows, normalizing email and code, with their line numbers', () => {
    const { rows, rejections } = parseVoterRoll(`${header}\nV1,Ann,Smith, Ann@Example.org ,55025\n\nV2,Bo,Lee,bo@example.org,d01\n`);
    expect(rejections).toEqual([]);
    expect(rows).toEqual([
      { line: 2, voterId: 'V1', firstName: 'Ann', lastName: 'Smith', email: 'ann@example.org', jurisdictionCode: '55025' },
      { line: 4, voterId: 'V2', firstName: 'Bo', lastName: 'Lee', email: 'bo@example.org', jurisdictionCode: 'D01' },
    ]);
  });

  it('reads columns in any order, ignoring extra ones', () => {
    const { rows } = parseVoterRoll('EMAIL,jurisdiction_code,last_name,first_name,voter_id,party\nann@x.org,55025,Smith,Ann,V1,none');
    expect(rows[0]).toMatchObject({ voterId: 'V1', email: 'ann@x.org', jurisdictionCode: '55025' });
  });

  it('rejects each bad row with a reason and keeps the good ones', () => {
    const csv = [
      header,
      'V1,Ann,Smith,ann@x.org,55025',
      'V2,Bo,Lee,bo@x.org',
      'V3,,Lee,c@x.org,55025',
      'V4,Di,Ng,not-an-email,55025',
      'V5,Ed,Fu,ed@x.org,55 025',
      'V1,Fay,Oh,fay@x.org,55025',
      'V7,Gus,Li,ANN@x.org,55025',
    ].join('\n');
    const { rows, rejections } = parseVoterRoll(csv);
    expect(rows.map((row) => row.voterId)).toEqual(['V1']);
    expect(rejections.map(({ line, reason }) => [line, reason])).toEqual([
      [3, 'MALFORMED_ROW'],
      [4, 'MISSING_FIELD'],
      [5, 'INVALID_EMAIL'],
      [6, 'INVALID_JURISDICTION_CODE'],
      [7, 'DUPLICATE_VOTER_ID'],
      [8, 'DUPLICATE_EMAIL'],
    ]);
  });

  it('counts lines of quoted multi-line fields', () => {
    const { rows } = parseVoterRoll(`${header}\nV1,"Ann\nMarie",Smith,ann@x.org,55025\nV2,Bo,Lee,bo@x.org,55025`);
    expect(rows.map((row) => row.line)).toEqual([3, 4]);
  });

  it('refuses a file without the required header, with broken quoting, or too large', () => {
    expect(() => parseVoterRoll('')).toThrow(VoterRollFormatError);
    expect(() => parseVoterRoll('voter_id,email\nV1,a@x.org')).toThrow(/lacks first_name, last_name, jurisdiction_code/);
    expect(() => parseVoterRoll(`${header}\nV1,"Ann,Smith,ann@x.org,55025`)).toThrow(VoterRollFormatError);
    expect(() => parseVoterRoll('x'.repeat(MAX_VOTER_ROLL_BYTES + 1))).toThrow(/larger than/);
  });
});
