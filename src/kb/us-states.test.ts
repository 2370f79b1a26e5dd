import { describe, expect, it } from 'vitest';
import { stateNamed, stateOfPostalCode, stateOfShortForm } from './us-states.js';

describe('US states', () => {
  it("reads the wire style's short forms with or without their full stops", () => {
    expect(stateOfShortForm('Calif.')).toBe('California');
    expect(stateOfShortForm('calif')).toBe('California');
    expect(stateOfShortForm('N.C.')).toBe('North Carolina');
    expect(stateOfShortForm('N. C.')).toBe('North Carolina');
    expect(stateOfShortForm('W.Va.')).toBe('West Virginia');
    expect(stateOfShortForm('D.C.')).toBe('District of Columbia');
  });

  it('takes no postal code or name for a short form', () => {
    expect(stateOfShortForm('CA')).toBeUndefined();
    expect(stateOfShortForm('Ohio')).toBeUndefined();
    expect(stateOfShortForm('U.S.')).toBeUndefined();
  });

  it('reads postal codes and names in any case', () => {
    expect(stateOfPostalCode('tx')).toBe('Texas');
    expect(stateOfPostalCode('TXX')).toBeUndefined();
    expect(stateNamed('new  hampshire')).toBe('New Hampshire');
    expect(stateNamed('Wisconsin')).toBe('Wisconsin');
    expect(stateNamed('Gotham')).toBeUndefined();
  });
});
