import { demoAccountId, demoDelegateEmail } from '@civic/contracts';

describe('demo delegate accounts', () => {
  it('derives a stable UUID v5 from the email, whatever its case', () => {
    const email = demoDelegateEmail('55025', 1);
    expect(email).toBe('delegate-55025-1@demo.civic.test');
    // Same value as Python's uuid.uuid5(UUID('6f1d3c2e-8b4a-4c59-9f0e-3a7b2d5c9e41'), email).
    expect(demoAccountId(email)).toBe('1aef13c6-b3e6-575d-8d12-b5a452fda548');
    expect(demoAccountId(` ${email.toUpperCase()} `)).toBe(demoAccountId(email));
    expect(demoAccountId(demoDelegateEmail('55025', 2))).not.toBe(demoAccountId(email));
  });
});
