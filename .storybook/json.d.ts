// `custom-elements.json` is generated (git-ignored), so type-checking must not depend on it existing.
declare module '*/custom-elements.json' {
  const manifest: object;
  export default manifest;
}
