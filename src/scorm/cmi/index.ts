/** The SCORM run-time spec for every side of the toolkit: package runtime, checker, preview LMS. */
export { rte, SUSPEND_DATA_SAFE_LENGTH, type RteSpec, type ScormVersion } from './spec.ts';
export { STORE_BUDGET_BYTES, storeBytes } from './store-size.ts';
