/** The package's `replay-gate/record` entry: the in-process recorder for Node servers. */
export { recorder, type MiddlewareOptions, type RecorderMiddleware } from './middleware.js';
export { KEY_VARIABLE } from './redactor.js';
