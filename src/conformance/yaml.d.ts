// YAML files import as the data they hold: the build (rollup.config.mjs) and the Node tests (scripts/load-node-ts.mjs)
// turn them into JSON modules.
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
