// Vue 3: tell the compiler which tags are custom elements, bind the adapter as a property (`.prop`), listen with @.
import { createApp, ref } from 'vue/dist/vue.esm-browser.js';
import '../src/define.js';
import { MemoryAccessKeyApi, type AccessKeyGeneratedEvent, type AccessKeyRemovedEvent } from '../src/index.js';

const app = createApp({
  setup() {
    const log = ref<string[]>([]);
    return {
      api: new MemoryAccessKeyApi({ latency: 300 }),
      log,
      onGenerated: (event: AccessKeyGeneratedEvent) => log.value.push(`generated “${event.key.name}”`),
      onRemoved: (event: AccessKeyRemovedEvent) => log.value.push(`removed “${event.key.name}”`),
      onLimit: () => log.value.push('limit reached'),
      onError: () => log.value.push('an operation failed'),
    };
  },
  template: `
    <access-key-section
      :api.prop="api"
      heading-level="2"
      @access-key-generated="onGenerated"
      @access-key-removed="onRemoved"
      @access-key-limit-reached="onLimit"
      @access-key-error="onError"
    ></access-key-section>
    <h2>Events Vue heard</h2>
    <ol aria-live="polite"><li v-for="(line, i) in log" :key="i">{{ line }}</li></ol>`,
});
app.config.compilerOptions.isCustomElement = (tag: string) => tag.includes('-');
app.mount('#app');
