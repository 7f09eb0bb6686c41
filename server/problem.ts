// Error bodies as RFC 9457 problem details (`application/problem+json`), with the machine reason in `code`.
import { STATUS_CODES } from 'node:http';

/** What each reason means, for the `detail` member: fixed sentences, so a body never echoes what a client sent. */
const DETAILS: Record<string, string> = {
  'invalid-json': 'The request body is not valid JSON.',
  'invalid-input': 'The request body must be a JSON object with the documented fields.',
  'body-too-large': 'The request body is larger than 1 MB.',
  'unsupported-content-type': 'The request body must be sent as application/json.',
  'name-empty': 'The name is empty or white space only.',
  'name-too-long': 'The name is longer than 120 characters (Unicode code points).',
  'expires-at-invalid': 'expiresAt must be null or an ISO 8601 instant with a zone.',
  'expires-at-past': 'expiresAt must be later than now.',
  'previous-secret-expires-at-invalid': 'previousSecretExpiresAt must be null or an ISO 8601 instant with a zone.',
  'previous-secret-expires-at-past': 'previousSecretExpiresAt must be later than now.',
  'previous-secret-expires-at-too-late':
    'previousSecretExpiresAt must be at most 30 days from now and no later than the new expiresAt.',
  'limit-reached': 'The limit of access keys (active and expired together) is reached: remove one first.',
  'not-found': 'No access key has this id.',
  'invalid-secret': 'The secret does not belong to an active access key.',
  'method-not-allowed': 'This method is not allowed here; the Allow header lists the ones that are.',
  'internal-error': 'The server failed.',
};

/** An RFC 9457 problem body. `type` is `about:blank`, so `title` is the status phrase; `code` is the reason. */
export interface Problem {
  type: 'about:blank';
  title: string;
  status: number;
  detail: string;
  code: string;
  [extension: string]: unknown;
}

/** A failure answered with a problem body; thrown anywhere in a handler. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

export function problem(status: number, code: string, extensions: Record<string, unknown> = {}): Problem {
  return {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail: DETAILS[code] ?? 'The request failed.',
    code,
    ...extensions,
  };
}
