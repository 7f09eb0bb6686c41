// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the Node tsconfig reaches this file only through imports, and only a reference brings an ambient declaration along
/// <reference path="./yaml.d.ts" />
// The REST contract as data: docs/openapi.yaml, compiled with Ajv's JSON Schema 2020-12 dialect (the one OpenAPI 3.1
// uses), so the conformance check and our own tests validate responses against the very document hosts read.
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import openApiDocument from '../../docs/openapi.yaml';
import { isIsoInstant } from '../domain/instant.js';

export { openApiDocument };

/** One documented response: an endpoint (path template and method) and a status. */
export interface DocumentedResponse {
  template: string;
  method: string;
  status: number;
}

export interface ContractValidator {
  /** `null` when `value` matches the named schema of `components.schemas`, else what is wrong (never a value). */
  schema(name: string, value: unknown): string | null;
  /**
   * `null` when a response matches what the document says for that endpoint and status (its content type and body
   * schema), else what is wrong. A status the document does not list is wrong; a method it does not list for a path
   * must answer 405.
   */
  response(template: string, method: string, status: number, contentType: string | null, body: unknown): string | null;
  /** Every response the document lists. */
  documentedResponses(): DocumentedResponse[];
}

type Json = Record<string, unknown>;

const DOCUMENT_ID = 'openapi.json';

/** Compiles the document once; validators are compiled on first use and cached. */
export function createContractValidator(document: unknown = openApiDocument): ContractValidator {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  // The contract's instants are stricter than RFC 3339 in one way (the day must exist) and looser in another
  // (seconds optional): the adapter's own check is the authority.
  ajv.addFormat('date-time', (value: string) => isIsoInstant(value));
  ajv.addFormat('uri-reference', true);
  ajv.addSchema(document as Json, DOCUMENT_ID);
  const cache = new Map<string, ValidateFunction>();
  const doc = document as Json;

  function validatorFor(ref: string): ValidateFunction {
    let validate = cache.get(ref);
    if (!validate) {
      validate = ajv.compile({ $ref: `${DOCUMENT_ID}${ref}` });
      cache.set(ref, validate);
    }
    return validate;
  }

  function check(ref: string, value: unknown): string | null {
    const validate = validatorFor(ref);
    return validate(value) ? null : ajv.errorsText(validate.errors, { dataVar: 'body' });
  }

  function operation(template: string, method: string): Json | undefined {
    const paths = doc.paths as Record<string, Json>;
    return paths[template]?.[method.toLowerCase()] as Json | undefined;
  }

  function resolve(object: Json): Json {
    const ref = object.$ref;
    if (typeof ref !== 'string') return object;
    return ref
      .slice(2)
      .split('/')
      .reduce<Json>((node, part) => node[part.replace(/~1/g, '/').replace(/~0/g, '~')] as Json, doc);
  }

  return {
    schema: (name, value) => check(`#/components/schemas/${name}`, value),
    response(template, method, status, contentType, body) {
      const paths = doc.paths as Record<string, Json>;
      if (!paths[template]) return `the document has no path ${template}`;
      // A method a path does not list answers the path's `x-other-methods` response (405): no operation can
      // document that for itself.
      const other = paths[template]['x-other-methods'] as Json | undefined;
      const responses = (operation(template, method)?.responses ?? (other ? { 405: other } : {})) as Record<string, Json>;
      const documented = responses[String(status)];
      if (!documented) return `status ${status} is not a documented response of ${method} ${template}`;
      const content = resolve(documented).content as Record<string, { schema?: Json }> | undefined;
      if (!content) return body === undefined ? null : `a ${status} of ${method} ${template} has no body`;
      const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
      const media = content[type];
      if (!media) return `content type "${type}" is not documented for a ${status} (expected ${Object.keys(content).join(' or ')})`;
      const ref = media.schema?.$ref;
      return typeof ref === 'string' ? check(ref, body) : null;
    },
    documentedResponses() {
      const list: DocumentedResponse[] = [];
      for (const [template, item] of Object.entries(doc.paths as Record<string, Json>)) {
        for (const [method, op] of Object.entries(item)) {
          if (!['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'].includes(method)) continue;
          for (const status of Object.keys((op as Json).responses as Json)) {
            list.push({ template, method: method.toUpperCase(), status: Number(status) });
          }
        }
      }
      return list;
    },
  };
}
