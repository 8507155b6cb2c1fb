import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_KINDS, auditActionLabel, kindOf } from './audit-actions.js';

describe('audit actions', () => {
  it('gives every action a kind the page can filter by, and a French label', () => {
    expect(Object.keys(AUDIT_ACTIONS).filter((a) => !(kindOf(a) in AUDIT_KINDS))).toEqual([]);
    expect(auditActionLabel('trace.attested')).toBe('Trace attestée');
    // An event written by a newer version is still shown, by its code.
    expect(auditActionLabel('future.thing')).toBe('future.thing');
  });
});
