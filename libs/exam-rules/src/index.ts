export * from './pfmp.js';
export * from './readiness.js';
