export * from './pfmp.js';
export * from './readiness.js';
export * from './evaluation-grid.js';
