// What both demo pages share: the toolbar (language, theme, narrow) and the event log.
import { html, render, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  AccessKeyCopiedEvent,
  AccessKeyErrorEvent,
  AccessKeyGeneratedEvent,
  AccessKeyLimitReachedEvent,
  AccessKeyRemovedEvent,
  type AccessKeySectionElement,
} from '../src/index.js';
import '../src/define.js';
import '../src/locales/define.js';

export type DemoLanguage = 'en' | 'de' | 'ar';
export type DemoTheme = 'system' | 'light' | 'dark';

interface DemoSettings {
  language: DemoLanguage;
  theme: DemoTheme;
  narrow: boolean;
}

const languages: ReadonlyArray<{ value: DemoLanguage; label: string }> = [
  { value: 'en', label: 'English' },
  { value: 'de', label: 'Deutsch' },
  { value: 'ar', label: 'العربية' },
];

const themes: ReadonlyArray<{ value: DemoTheme; label: string }> = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const colorSchemes: Record<DemoTheme, string> = { system: 'light dark', light: 'light', dark: 'dark' };

/** Only these three demo settings are stored; nothing about keys. */
const storageKey = 'access-key-elements-demo:settings';

const eventTypes = [
  AccessKeyGeneratedEvent.eventName,
  AccessKeyRemovedEvent.eventName,
  AccessKeyCopiedEvent.eventName,
  AccessKeyLimitReachedEvent.eventName,
  AccessKeyErrorEvent.eventName,
] as const;

const maxLogEntries = 100;

interface LogEntry {
  id: number;
  time: string;
  type: string;
  detail: TemplateResult;
}

export interface DemoPage {
  section: AccessKeySectionElement;
  /** The element around the section that carries `lang`, `dir`, the colour scheme and the narrow width. */
  stage: HTMLElement;
}

/**
 * Sets up a demo page: renders the toolbar into `#toolbar` and the event log into `#event-log`, and applies the
 * settings (from the URL's `?lang=ar&theme=dark&narrow=1`, else the last ones used) to `#stage`.
 */
export function setUpDemoPage(): DemoPage {
  const toolbar = required<HTMLElement>('#toolbar');
  const logHost = required<HTMLElement>('#event-log');
  const stage = required<HTMLElement>('#stage');
  const section = required<AccessKeySectionElement>('access-key-section');

  let settings = initialSettings();
  const apply = () => {
    applySettings(stage, section, settings);
    renderToolbar();
  };
  const update = (change: Partial<DemoSettings>) => {
    settings = { ...settings, ...change };
    saveSettings(settings);
    apply();
  };

  const renderToolbar = () =>
    render(
      html`<div class="toolbar" role="group" aria-labelledby="toolbar-heading">
        <h2 id="toolbar-heading" class="visually-hidden">Display settings</h2>
        <div class="field">
          <label for="demo-language">Language</label>
          <select
            id="demo-language"
            @change=${(event: Event) => update({ language: (event.target as HTMLSelectElement).value as DemoLanguage })}
          >
            ${languages.map(
              ({ value, label }) =>
                html`<option value=${value} lang=${value} ?selected=${value === settings.language}>${label}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="demo-theme">Theme</label>
          <select
            id="demo-theme"
            @change=${(event: Event) => update({ theme: (event.target as HTMLSelectElement).value as DemoTheme })}
          >
            ${themes.map(
              ({ value, label }) => html`<option value=${value} ?selected=${value === settings.theme}>${label}</option>`,
            )}
          </select>
        </div>
        <div class="field checkbox">
          <input
            id="demo-narrow"
            type="checkbox"
            .checked=${settings.narrow}
            @change=${(event: Event) => update({ narrow: (event.target as HTMLInputElement).checked })}
          />
          <label for="demo-narrow">Narrow (320 px)</label>
        </div>
      </div>`,
      toolbar,
    );

  apply();
  setUpEventLog(logHost, stage);
  return { section, stage };
}

function applySettings(stage: HTMLElement, section: AccessKeySectionElement, settings: DemoSettings): void {
  stage.lang = settings.language;
  stage.dir = settings.language === 'ar' ? 'rtl' : 'ltr';
  // The section reads the nearest `lang` when it renders; its `locale` property makes a change show at once.
  section.locale = settings.language;
  const scheme = colorSchemes[settings.theme];
  stage.style.setProperty('--access-key-color-scheme', scheme);
  document.documentElement.style.colorScheme = scheme;
  stage.classList.toggle('narrow', settings.narrow);
}

function initialSettings(): DemoSettings {
  const fallback: DemoSettings = { language: 'en', theme: 'system', narrow: false };
  let stored: Partial<DemoSettings> = {};
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '{}');
    if (typeof parsed === 'object' && parsed !== null) stored = parsed as Partial<DemoSettings>;
  } catch {
    // Unreadable or unavailable storage: start from the defaults.
  }
  const params = new URLSearchParams(location.search);
  const language = params.get('lang') ?? stored.language;
  const theme = params.get('theme') ?? stored.theme;
  const narrow = params.has('narrow') ? params.get('narrow') !== '0' : stored.narrow;
  return {
    language: languages.some((option) => option.value === language) ? (language as DemoLanguage) : fallback.language,
    theme: themes.some((option) => option.value === theme) ? (theme as DemoTheme) : fallback.theme,
    narrow: typeof narrow === 'boolean' ? narrow : fallback.narrow,
  };
}

function saveSettings(settings: DemoSettings): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify(settings));
  } catch {
    // Storage may be unavailable (private mode); the settings then last for this page only.
  }
}

/** Lists every `access-key-*` event that reaches `source`: its type and the key's name and id, or the error. */
function setUpEventLog(host: HTMLElement, source: HTMLElement): void {
  let entries: LogEntry[] = [];
  let nextId = 1;
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

  const renderLog = () =>
    render(
      html`<section class="panel log" aria-labelledby="log-heading">
        <div class="panel-header">
          <h2 id="log-heading">Event log</h2>
          <button type="button" ?disabled=${entries.length === 0} @click=${clear}>Clear log</button>
        </div>
        <p class="hint">Every <code>access-key-*</code> event the section fires. Events never carry a secret.</p>
        <ol aria-live="polite" aria-relevant="additions" aria-labelledby="log-heading">
          ${repeat(
            entries,
            (entry) => entry.id,
            (entry) =>
              html`<li>
                <span class="log-time">${entry.time}</span>
                <code class="log-type">${entry.type}</code>
                <span class="log-detail">${entry.detail}</span>
              </li>`,
          )}
        </ol>
        ${entries.length === 0 ? html`<p class="hint">No events yet.</p>` : null}
      </section>`,
      host,
    );

  const clear = () => {
    entries = [];
    renderLog();
  };

  for (const type of eventTypes) {
    source.addEventListener(type, (event: Event) => {
      entries = [...entries, { id: nextId++, time: time.format(new Date()), type, detail: describe(event) }].slice(
        -maxLogEntries,
      );
      renderLog();
      const list = host.querySelector('ol');
      if (list) list.scrollTop = list.scrollHeight;
    });
  }
  renderLog();
}

/** What to show for an event: named fields only, never the event object (or anything a secret could be in). */
function describe(event: Event): TemplateResult {
  if (
    event instanceof AccessKeyGeneratedEvent ||
    event instanceof AccessKeyRemovedEvent ||
    event instanceof AccessKeyCopiedEvent
  ) {
    return html`“<bdi>${event.key.name}</bdi>” (id ${event.key.id})`;
  }
  if (event instanceof AccessKeyLimitReachedEvent) return html`limit ${event.limit}`;
  if (event instanceof AccessKeyErrorEvent) {
    const { error } = event;
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : 'a non-Error value';
    return html`${event.operation} failed — ${reason}`;
  }
  return html``;
}

function required<T extends Element>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`The demo page has no ${selector}`);
  return element;
}
