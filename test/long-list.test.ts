// A long list: above the threshold the section offers search (as you type, case- and accent-insensitive), a status
// filter, a sort and pages of 50 with "Show more"; at or under it, the seed's layout is unchanged.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import '../src/locales/define.js';
import type { AccessKeySectionElement } from '../src/access-key-section/access-key-section.js';
import type { AccessKey } from '../src/api/types.js';
import { germanMessages } from '../src/locales/de.js';
import { AccessKeySectionHarness, FaultInjectingAccessKeyApi } from '../src/testing/index.js';
import { deepActiveElement, part, tabTo } from './helpers/dom.js';
import { makeKeys, renderSection } from './helpers/fixtures.js';

const day = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * day).toISOString();

/** Eleven keys, one over the default threshold: "Key 1" … "Key 8", plus three to find, filter and sort by. */
function elevenKeys(): AccessKey[] {
  const keys = makeKeys(8);
  keys[2] = { ...keys[2], lastUsedAt: inDays(-1) };
  keys[5] = { ...keys[5], lastUsedAt: inDays(-30) };
  return [
    { ...makeKeys(1)[0], id: 'cafe', name: 'Café deploy', visiblePart: 'zq9x', createdAt: inDays(-100), expiresAt: inDays(3) },
    { ...makeKeys(1)[0], id: 'old', name: 'Old importer', visiblePart: 'h7k2', createdAt: inDays(-400), expiresAt: inDays(-2) },
    { ...makeKeys(1)[0], id: 'zed', name: 'zed reports', visiblePart: 'p0p0', createdAt: inDays(-200), expiresAt: inDays(90) },
    ...keys,
  ];
}

async function setupTest(keys: AccessKey[], attributes: { pageSize?: number; threshold?: number } = {}) {
  const api = new FaultInjectingAccessKeyApi({ keys, limit: 1000 });
  const { element, section } = await renderSection({ api });
  element.limit = 1000;
  if (attributes.pageSize !== undefined) element.pageSize = attributes.pageSize;
  if (attributes.threshold !== undefined) element.searchThreshold = attributes.threshold;
  await section.settle();
  return { api, element, section };
}

const names = async (section: AccessKeySectionHarness) => (await section.getBars()).map((bar) => bar.read()!.name);

describe('a long list', () => {
  it('keeps the seed layout at the threshold: no search, filter, sort or pages', async () => {
    const { element, section } = await setupTest(makeKeys(10));
    expect(await section.canSearch()).to.be.false;
    expect(element.shadowRoot!.querySelector('[part~="toolbar"]')).to.be.null;
    expect(await section.getShownCount()).to.be.null;
    expect(await section.getKeyNames()).to.have.length(10);
  });

  it('offers search, a status filter and a sort above it, labelled and accessible', async () => {
    const { element, section } = await setupTest(elevenKeys());
    expect(await section.canSearch()).to.be.true;
    const root = element.shadowRoot!;
    expect([...part<HTMLSelectElement>(root, 'status-filter').options].map((option) => option.text)).to.deep.equal([
      'All',
      'Active',
      'Expires soon',
      'Expired',
    ]);
    expect([...part<HTMLSelectElement>(root, 'sort-select').options].map((option) => option.text)).to.deep.equal([
      'Newest',
      'Oldest',
      'Last used',
      'Expires soonest',
      'Name',
    ]);
    expect(await section.getShownCount()).to.be.null;
    await expect(element).to.be.accessible();
  });

  it('finds keys by name or visible part, ignoring case and accents, and says how many it shows', async () => {
    const { element, section } = await setupTest(elevenKeys());
    await section.search('CAFE');
    expect(await names(section)).to.deep.equal(['Café deploy']);
    expect(await section.getShownCount()).to.equal('1 of 11 shown');
    expect(await section.getAnnouncement()).to.equal('1 of 11 shown');
    await section.search('h7k');
    expect(await names(section)).to.deep.equal(['Old importer']);
    await section.search('  ');
    expect(await section.getKeyNames()).to.have.length(11);
    expect(await section.getShownCount()).to.be.null;
    await expect(element).to.be.accessible();
  });

  it('searches as the user types, once they pause', async () => {
    const { element, section } = await setupTest(elevenKeys());
    await tabTo(part(element, 'search-input'));
    await sendKeys({ type: 'zed' });
    // Every keystroke restarts the wait: the list has not changed yet.
    expect(element.shadowRoot!.querySelectorAll('access-key-bar')).to.have.length(11);
    await waitUntil(() => element.shadowRoot!.querySelectorAll('access-key-bar').length === 1, 'the search to apply');
    expect(await names(section)).to.deep.equal(['zed reports']);
  });

  it('filters by the state each badge shows', async () => {
    const { element, section } = await setupTest(elevenKeys());
    await section.filterByState('expired');
    expect(await names(section)).to.deep.equal(['Old importer']);
    await section.filterByState('expires-soon');
    expect(await names(section)).to.deep.equal(['Café deploy']);
    await section.filterByState('active');
    expect(await names(section)).to.have.length(9);
    expect(await names(section)).not.to.include.members(['Old importer', 'Café deploy']);
    await section.search('zed');
    expect(await names(section)).to.deep.equal(['zed reports']);
    expect(await section.getShownCount()).to.equal('1 of 11 shown');
    await expect(element).to.be.accessible();
  });

  it('sorts by oldest, last use, soonest expiry and name', async () => {
    const { section } = await setupTest(elevenKeys());
    expect((await names(section)).slice(0, 3)).to.deep.equal(['Key 1', 'Key 2', 'Key 3']);
    await section.sortBy('oldest');
    expect((await names(section)).slice(0, 3)).to.deep.equal(['Old importer', 'zed reports', 'Café deploy']);
    await section.sortBy('last-used');
    expect((await names(section)).slice(0, 2)).to.deep.equal(['Key 3', 'Key 6']);
    await section.sortBy('expires-soonest');
    expect((await names(section)).slice(0, 3)).to.deep.equal(['Old importer', 'Café deploy', 'zed reports']);
    await section.sortBy('name');
    // Numbers compare as numbers, and case does not count.
    expect(await names(section)).to.deep.equal([
      'Café deploy',
      'Key 1',
      'Key 2',
      'Key 3',
      'Key 4',
      'Key 5',
      'Key 6',
      'Key 7',
      'Key 8',
      'Old importer',
      'zed reports',
    ]);
  });

  it('says when nothing matches and offers to clear the search, which brings every key back', async () => {
    const { element, section } = await setupTest(elevenKeys());
    await section.filterByState('expired');
    await section.search('nothing like this');
    expect(await section.getNoMatches()).to.equal('No keys match your search.');
    expect(await section.getAnnouncement()).to.equal('No keys match your search.');
    expect(await section.getBars()).to.have.length(0);
    await expect(element).to.be.accessible();
    await section.clearSearch();
    expect(await section.getKeyNames()).to.have.length(11);
    expect(deepActiveElement()).to.equal(part(element, 'search-input'));
    expect(part<HTMLInputElement>(element, 'search-input').value).to.equal('');
    expect(part<HTMLSelectElement>(element, 'status-filter').value).to.equal('all');
  });

  it('shows 50 keys at a time with "Show more", focus moving to the first new key', async () => {
    const { element, section } = await setupTest(makeKeys(120));
    expect(await section.getBars()).to.have.length(50);
    expect(await section.getShownCount()).to.equal('50 of 120 shown');
    expect(await section.getShowMoreLabel()).to.equal('Show 50 more');
    await expect(element).to.be.accessible();
    await section.showMore();
    const bars = await section.getBars();
    expect(bars).to.have.length(100);
    expect(bars[50].element.shadowRoot!.contains(deepActiveElement())).to.be.true;
    expect(await section.getShowMoreLabel()).to.equal('Show 20 more');
    await section.showMore();
    expect(await section.getBars()).to.have.length(120);
    expect(await section.getShowMoreLabel()).to.be.null;
    expect(await section.getShownCount()).to.be.null;
    expect(await section.getCount()).to.equal('120 of 1000');
  });

  it('pages what a search finds, and starts again from the first page on a new search', async () => {
    const { section } = await setupTest(makeKeys(120));
    await section.showMore();
    await section.search('Key 1');
    // "Key 1", "Key 10"–"Key 19", "Key 100"–"Key 119": 32 matches, all on the first page.
    expect(await section.getBars()).to.have.length(32);
    expect(await section.getShownCount()).to.equal('32 of 120 shown');
    await section.search('');
    expect(await section.getBars()).to.have.length(50);
  });

  it('takes its threshold and page size as settings; page size 0 shows every key', async () => {
    const { element, section } = await setupTest(makeKeys(30), { threshold: 20, pageSize: 10 });
    expect(await section.getBars()).to.have.length(10);
    expect(await section.getShowMoreLabel()).to.equal('Show 10 more');
    element.pageSize = 0;
    expect(await section.getBars()).to.have.length(30);
    element.searchThreshold = 30;
    expect(await section.canSearch()).to.be.false;
    const fromAttributes = await fixture<AccessKeySectionElement>(
      html`<access-key-section search-threshold="2" page-size="1"></access-key-section>`,
    );
    expect([fromAttributes.searchThreshold, fromAttributes.pageSize]).to.deep.equal([2, 1]);
  });

  it('drops a search the user can no longer see when the list becomes short again', async () => {
    const { api, element, section } = await setupTest(elevenKeys());
    await section.search('zed');
    await api.removeKey('old');
    await element.refresh();
    expect(await section.canSearch()).to.be.false;
    expect(await section.getKeyNames()).to.have.length(10);
  });

  it('is reached from the keyboard: search, filter, sort, then the keys', async () => {
    const { element, section } = await setupTest(elevenKeys());
    const root = element.shadowRoot!;
    await tabTo(part(element, 'search-input'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(part(root, 'status-filter'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(part(root, 'sort-select'));
    await sendKeys({ press: 'Tab' });
    const first = (await section.getBars())[0].element;
    expect(first.shadowRoot!.contains(deepActiveElement())).to.be.true;
    // Enter in the search box searches at once.
    part(element, 'search-input').focus();
    await sendKeys({ type: 'old' });
    await sendKeys({ press: 'Enter' });
    await section.settle();
    expect(await names(section)).to.deep.equal(['Old importer']);
  });

  it('speaks the page language', async () => {
    const api = new FaultInjectingAccessKeyApi({ keys: makeKeys(60), limit: 100 });
    const { element, section } = await renderSection({ api, lang: 'de', harness: { messages: germanMessages } });
    expect(await section.canSearch()).to.be.true;
    expect(await section.getShownCount()).to.equal('50 von 60 angezeigt');
    expect(await section.getShowMoreLabel()).to.equal('10 weitere anzeigen');
    await section.sortBy('name');
    await section.search('zzz');
    expect(await section.getNoMatches()).to.equal('Keine Schlüssel passen zu Ihrer Suche.');
    await expect(element).to.be.accessible();
  });
});
