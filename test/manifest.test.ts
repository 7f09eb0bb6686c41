// custom-elements.json against the elements themselves: each element is taken through its states, and what it really
// renders (parts), accepts (attributes, properties) and fires (events) must be exactly what the manifest documents.
// The manifest's shape (schema, module paths, a JSX generator) is checked by scripts/check-manifest.mjs.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import manifest from '../custom-elements.json';
import '../src/define.js';
import * as events from '../src/events.js';
import { FaultInjectingAccessKeyApi,
  AccessKeyBarHarness,
  AccessKeySectionHarness,
  GenerateKeyDialogHarness,
  KeyLimitDialogHarness,
  RegenerateKeyDialogHarness,
  RemoveExpiredKeysDialogHarness,
  RemoveKeyDialogHarness,
  RenameKeyDialogHarness,
  RevealKeyDialogHarness,
  numberedKeys,
  stubClipboard,
} from '../src/testing/index.js';
import { makeKey } from './helpers/fixtures.js';

interface Documented {
  tagName: string;
  attributes?: Array<{ name: string }>;
  members?: Array<{ name: string; kind: string }>;
  cssParts?: Array<{ name: string }>;
  events?: Array<{ name: string; type?: { text: string } }>;
}

const documented = (manifest as { modules: Array<{ declarations?: Documented[] }> }).modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName);

const eventNames = Object.values(events)
  .map((value) => (value as { eventName?: string }).eventName)
  .filter((name): name is string => typeof name === 'string');

/** What an element did while it was taken through its states: the parts it rendered and the events it fired. */
interface Tour {
  parts: Set<string>;
  fired: Set<string>;
}

/** Watches `element` (its own shadow root, not the elements nested in it) while `visit` takes it through its states. */
async function tour(element: HTMLElement, visit: (look: () => Promise<void>) => Promise<void>): Promise<Tour> {
  const seen: Tour = { parts: new Set(), fired: new Set() };
  for (const name of eventNames) element.addEventListener(name, (event) => event.target === element && seen.fired.add(name));
  const look = async () => {
    await nextFrame();
    for (const node of element.shadowRoot!.querySelectorAll('[part]')) {
      for (const part of node.getAttribute('part')!.split(/\s+/)) seen.parts.add(part);
    }
  };
  await visit(look);
  await look();
  return seen;
}

const tours: Record<string, () => Promise<{ element: HTMLElement; seen: Tour }>> = {
  async 'access-key-section'() {
    const clipboard = stubClipboard();
    const expired = numberedKeys(2, 'Expired').map((key, i) => ({ ...key, id: `x-${i}`, expiresAt: '2026-01-01T00:00:00Z' }));
    const api = new FaultInjectingAccessKeyApi({ keys: [...numberedKeys(7), ...expired] });
    api.failNext('list', 'hang');
    const element = await fixture<HTMLElementTagNameMap['access-key-section']>(
      html`<access-key-section lang="en" time-zone="UTC" .api=${api}></access-key-section>`,
    );
    const section = new AccessKeySectionHarness(element);
    const seen = await tour(element, async (look) => {
      await look(); // loading
      api.failNext('list', 'error');
      await element.refresh();
      await look(); // the list error with Retry
      await section.retry();
      api.failNext('list', 'hang');
      void element.refresh();
      await look(); // refreshing with keys shown
      await element.refresh();
      const reveal = await section.generateKey({ name: 'Toured' });
      await reveal.copy();
      await reveal.close();
      await section.clickAddKey(); // the limit
      await section.getLimitDialog().close();
      await (await section.regenerateKey('Toured')).close();
      await section.renameKey('Toured', 'Toured again');
      await section.renameKey('Toured again', 'Toured');
      await section.removeExpired();
      element.searchThreshold = 2;
      element.pageSize = 3;
      await look(); // a long list: search, filter, sort, "N of M shown", "Show more"
      await section.search('nothing like this');
      await look(); // no matches, with Clear search
      await section.clearSearch();
      element.searchThreshold = 10;
      element.pageSize = 50;
      api.failNext('remove', 'error');
      const remove = await section.removeKey('Toured');
      await remove.confirm();
      await remove.confirm();
      for (const name of (await section.getKeyNames()).slice()) await (await section.removeKey(name)).confirm();
      await look(); // empty
    });
    clipboard.restore();
    return { element, seen };
  },

  async 'access-key-bar'() {
    const key = makeKey({
      name: 'x'.repeat(120),
      lastUsedAt: new Date().toISOString(),
      expiresAt: '2099-01-01T00:00:00Z',
      previousSecretExpiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    const root = await fixture<HTMLDivElement>(html`<div lang="en" style="width: 320px">
      <access-key-bar .key=${key} .actions=${['regenerate', 'rename', 'remove']}></access-key-bar>
    </div>`);
    const element = root.querySelector('access-key-bar')!;
    const seen = await tour(element, async (look) => {
      await look();
      const bar = new AccessKeyBarHarness(element);
      await bar.clickRegenerate();
      await bar.clickRename();
      await bar.clickRemove();
    });
    return { element, seen };
  },

  async 'regenerate-key-dialog'() {
    const element = await fixture<HTMLElementTagNameMap['regenerate-key-dialog']>(
      html`<regenerate-key-dialog lang="en" time-zone="UTC"></regenerate-key-dialog>`,
    );
    const dialog = new RegenerateKeyDialogHarness(element);
    const seen = await tour(element, async (look) => {
      element.show(makeKey());
      await dialog.chooseExpiry(7);
      await dialog.chooseGrace(168);
      await dialog.submit(); // the old secret would outlive the new key
      await dialog.pickDate('2000-01-01');
      await dialog.submit();
      await look(); // both messages
      await dialog.pickDate('2099-01-01');
      await dialog.chooseGrace(0);
      await look(); // the preview
      await dialog.clickRegenerate();
      await element.close('confirm');
    });
    return { element, seen };
  },

  async 'rename-key-dialog'() {
    const element = await fixture<HTMLElementTagNameMap['rename-key-dialog']>(
      html`<rename-key-dialog lang="en"></rename-key-dialog>`,
    );
    const dialog = new RenameKeyDialogHarness(element);
    const seen = await tour(element, async (look) => {
      element.show(makeKey());
      await dialog.setName(' ');
      await dialog.save();
      await look(); // the name's message
      await dialog.setName('Renamed');
      await dialog.clickSave();
      await element.close('confirm');
    });
    return { element, seen };
  },

  async 'remove-expired-keys-dialog'() {
    const element = await fixture<HTMLElementTagNameMap['remove-expired-keys-dialog']>(
      html`<remove-expired-keys-dialog lang="en"></remove-expired-keys-dialog>`,
    );
    const seen = await tour(element, async (look) => {
      element.show(numberedKeys(2));
      await look();
      const dialog = new RemoveExpiredKeysDialogHarness(element);
      await dialog.clickConfirm();
      await dialog.cancel();
    });
    return { element, seen };
  },

  async 'generate-key-dialog'() {
    const element = await fixture<HTMLElementTagNameMap['generate-key-dialog']>(
      html`<generate-key-dialog lang="en" time-zone="UTC"></generate-key-dialog>`,
    );
    const dialog = new GenerateKeyDialogHarness(element);
    const seen = await tour(element, async (look) => {
      element.show();
      await dialog.submit();
      await dialog.pickDate('2000-01-01');
      await dialog.blur();
      await look(); // both field messages
      await dialog.setName('Toured');
      await dialog.pickDate('2099-01-01');
      await look(); // the preview
      await dialog.clickGenerate();
      await element.close('confirm');
    });
    return { element, seen };
  },

  async 'reveal-key-dialog'() {
    const clipboard = stubClipboard();
    const element = await fixture<HTMLElementTagNameMap['reveal-key-dialog']>(
      html`<reveal-key-dialog lang="en"></reveal-key-dialog>`,
    );
    const reveal = new RevealKeyDialogHarness(element);
    const seen = await tour(element, async (look) => {
      element.show({ ...makeKey(), secret: 'ak_toured' });
      await look();
      clipboard.fail();
      await reveal.copy();
      clipboard.succeed();
      await reveal.copy();
      await reveal.close();
    });
    clipboard.restore();
    return { element, seen };
  },

  async 'remove-key-dialog'() {
    const element = await fixture<HTMLElementTagNameMap['remove-key-dialog']>(
      html`<remove-key-dialog lang="en"></remove-key-dialog>`,
    );
    const remove = new RemoveKeyDialogHarness(element);
    const seen = await tour(element, async (look) => {
      element.show(makeKey());
      await look();
      await remove.clickConfirm();
      await remove.cancel();
    });
    return { element, seen };
  },

  async 'key-limit-dialog'() {
    const element = await fixture<HTMLElementTagNameMap['key-limit-dialog']>(
      html`<key-limit-dialog lang="en"></key-limit-dialog>`,
    );
    const seen = await tour(element, async (look) => {
      element.show();
      await look();
      await new KeyLimitDialogHarness(element).close();
    });
    return { element, seen };
  },
};

describe('custom-elements.json', () => {
  it('documents the nine elements, each of which this test tours', () => {
    expect(documented.map((element) => element.tagName).sort()).to.deep.equal(Object.keys(tours).sort());
  });

  for (const declaration of documented) {
    describe(`<${declaration.tagName}>`, () => {
      it('documents exactly the attributes it observes, and properties it has', async () => {
        const constructor = customElements.get(declaration.tagName) as unknown as {
          observedAttributes: string[];
          elementProperties: Map<PropertyKey, { state?: boolean }>;
        };
        const names = (declaration.attributes ?? []).map((attribute) => attribute.name).sort();
        expect(names).to.deep.equal([...constructor.observedAttributes].sort());
        const element = document.createElement(declaration.tagName);
        for (const member of declaration.members ?? []) {
          expect(member.name in element, `${declaration.tagName}.${member.name}`).to.be.true;
          if (member.kind === 'method') expect(typeof (element as unknown as Record<string, unknown>)[member.name]).to.equal('function');
        }
        // Every public reactive property (not internal state) is a documented field.
        const fields = (declaration.members ?? []).filter((member) => member.kind === 'field').map((member) => member.name);
        const properties = [...constructor.elementProperties].filter(([, options]) => !options.state).map(([name]) => String(name));
        expect(fields, declaration.tagName).to.include.members(properties);
      });

      it('documents exactly the parts it renders and the events it fires, each with its type', async () => {
        const { seen } = await tours[declaration.tagName]();
        const parts = (declaration.cssParts ?? []).map((part) => part.name).filter((name) => !name.endsWith('-*'));
        expect([...seen.parts].sort()).to.deep.equal([...new Set(parts)].sort());
        const fired = (declaration.events ?? []).map((event) => event.name);
        expect([...seen.fired].sort()).to.deep.equal([...fired].sort());
        for (const event of declaration.events ?? []) expect(event.type?.text, event.name).to.match(/^AccessKey\w+Event$/);
      });
    });
  }
});
