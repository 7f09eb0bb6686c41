// `access-key-elements/conformance`: checks that a backend keeps the REST contract (docs/openapi.yaml). Runs in Node
// (and any runtime with fetch); for test runners and CI. The CLI is `npx access-key-elements-conformance`.
export {
  checkAccessKeyBackend,
  type CheckAccessKeyBackendOptions,
  type ConformanceReport,
  type ConformanceResult,
  type ConformanceStatus,
} from './check-backend.js';
export { formatConformanceResult } from './format.js';
export { estimateSecretEntropy, type EntropyEstimate } from './entropy.js';
