// Vue's full ES build (runtime + template compiler) for the browser, typed as the package's main entry.
declare module 'vue/dist/vue.esm-browser.js' {
  export * from 'vue';
}
