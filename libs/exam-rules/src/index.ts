export * from './pfmp.js';
export * from './readiness.js';
export * from './bilan.js';
export * from './evaluation-grid.js';
export * from './roles.js';
export * from './audit-actions.js';
