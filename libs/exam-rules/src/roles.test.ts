import { describe, expect, it } from 'vitest';
import { rolesCombine } from './roles.js';

describe('rolesCombine', () => {
  it('lets staff roles combine and a candidate stand alone', () => {
    expect(rolesCombine(['teacher', 'examiner', 'admin'])).toBe(true);
    expect(rolesCombine(['candidate'])).toBe(true);
    expect(rolesCombine([])).toBe(true);
  });

  it('refuses a candidate with any other role', () => {
    expect(rolesCombine(['candidate', 'examiner'])).toBe(false);
    expect(rolesCombine(['tutor', 'candidate'])).toBe(false);
  });
});
