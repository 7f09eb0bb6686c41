import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { AccessKey } from '../src/api/types.js';
import '../src/access-key-bar/define.js';
import '../src/locales/de.js';
import type { AccessKeyActionRequestEvent } from '../src/events.js';
import { makeKey as baseKey } from './helpers/fixtures.js';

const makeKey = (overrides: Partial<AccessKey> = {}) =>
  baseKey({ id: 'k1', createdAt: '2026-11-03T09:30:00.000Z', ...overrides });

const now = new Date('2026-11-29T12:00:00.000Z');

async function setupTest(key: AccessKey, { width = '600px', lang = 'en' } = {}) {
  const root = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: ${width}">
    <button id="before">before</button>
    <access-key-bar .key=${key} time-zone="UTC"></access-key-bar>
  </div>`);
  const element = root.querySelector('access-key-bar')!;
  await element.updateComplete;
  await nextFrame(); // the name's resize observer reports whether it is truncated
  await element.updateComplete;
  const shadow = element.shadowRoot!;
  const part = (name: string) => shadow.querySelector<HTMLElement>(`[part~="${name}"]`);
  const visibleTooltips = () =>
    [...shadow.querySelectorAll<HTMLElement>('[role="tooltip"]')].filter((tip) => !tip.hidden);
  return { root, element, shadow, part, visibleTooltips };
}

function centerOf(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

describe('access-key-bar', () => {
  afterEach(async () => {
    sinon.restore();
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('shows an active, never used key without expiry', async () => {
    const { element, part } = await setupTest(makeKey());
    expect(part('status')!.textContent!.trim()).to.equal('Active');
    expect(part('last-used')).to.be.null;
    expect(part('name')!.textContent).to.equal('CI pipeline');
    expect(part('visible-part')!.textContent).to.equal('••••a1b2');
    expect(part('visible-part')!.parentElement!.textContent).to.equal('Key ending ••••a1b2');
    expect(part('created')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Created Nov 3, 2026');
    expect(part('expires')).to.be.null;
    expect(part('remove-button')!.getAttribute('aria-label')).to.equal('Remove CI pipeline');
    expect(part('remove-button')!.textContent!.trim()).to.equal('Remove');
    await expect(element).to.be.accessible();
  });

  it('shows an expired key, last used 5 minutes ago, with the exact moments in tooltips on focus', async () => {
    const fiveMinutesAgo = new Date(Date.now() - 5 * 60_000).toISOString();
    const { element, part, visibleTooltips, shadow } = await setupTest(
      makeKey({ expiresAt: '2026-01-01T08:00:00.000Z', lastUsedAt: fiveMinutesAgo }),
    );
    expect(part('status')!.textContent!.trim()).to.equal('Expired');
    expect(part('last-used')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Last used 5 minutes ago');
    expect(part('expires')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Expires Jan 1, 2026');
    expect(visibleTooltips()).to.have.length(0);

    part('last-used')!.focus();
    await element.updateComplete;
    const [tip] = visibleTooltips();
    expect(tip.id).to.equal(part('last-used')!.getAttribute('aria-describedby'));
    expect(tip.textContent).to.match(/ at \d{1,2}:\d{2}:\d{2}\s[AP]M UTC$/);
    await expect(element).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expect(shadow.activeElement).to.equal(part('expires'));
    expect(visibleTooltips().map((t) => t.textContent)).to.deep.equal(['January 1, 2026 at 8:00:00 AM UTC']);

    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(visibleTooltips()).to.have.length(0);
  });

  it('flips from Active to Expired exactly at expiresAt while the page is open', async () => {
    const clock = sinon.useFakeTimers({ now, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const { element, part } = await setupTest(makeKey({ expiresAt: new Date(now.getTime() + 1000).toISOString() }));
    expect(part('status')!.textContent!.trim()).to.equal('Active');
    clock.tick(999);
    await element.updateComplete;
    expect(part('status')!.textContent!.trim()).to.equal('Active');
    clock.tick(1);
    await element.updateComplete;
    expect(part('status')!.textContent!.trim()).to.equal('Expired');
  });

  it('truncates a long name with a tooltip that opens on hover, stays while hovered and closes on Escape', async () => {
    const long = 'Deployment key for the nightly regression suite on the staging farm '.repeat(2).slice(0, 120);
    const { element, part, visibleTooltips } = await setupTest(makeKey({ name: long }), { width: '320px' });
    const name = part('name')!;
    expect(name.scrollWidth).to.be.greaterThan(name.clientWidth);
    expect(getComputedStyle(name).textOverflow).to.equal('ellipsis');
    expect(name.tabIndex).to.equal(0);

    await sendMouse({ type: 'move', position: centerOf(name) });
    await element.updateComplete;
    const [tip] = visibleTooltips();
    expect(tip.textContent).to.equal(long);
    expect(name.getAttribute('aria-describedby')).to.equal(tip.id);

    await sendMouse({ type: 'move', position: centerOf(tip) });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(visibleTooltips()).to.have.length(1);
    await expect(element).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(visibleTooltips()).to.have.length(0);
  });

  it('does not make a name that fits focusable', async () => {
    const { part } = await setupTest(makeKey());
    expect(part('name')!.hasAttribute('tabindex')).to.be.false;
    expect(part('name')!.hasAttribute('aria-describedby')).to.be.false;
  });

  it('asks its host to remove the key from the keyboard', async () => {
    const key = makeKey();
    const { element, root } = await setupTest(key);
    root.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    const requested = oneEvent<AccessKeyActionRequestEvent>(element, 'access-key-action-request');
    await sendKeys({ press: 'Enter' });
    const event = await requested;
    expect([event.action, event.key, event.bubbles, event.composed]).to.deep.equal(['remove', key, true, false]);
  });

  it('renders HTML in names as text and isolates right-to-left names', async () => {
    const payload = '<img src=x onerror="window.__pwned = true">';
    const { shadow, part } = await setupTest(makeKey({ name: payload }));
    expect(part('name')!.textContent).to.equal(payload);
    expect(shadow.querySelector('img')).to.be.null;

    const rtl = await setupTest(makeKey({ name: 'مفتاح الإنتاج 2' }));
    expect(rtl.part('name')!.localName).to.equal('bdi');
    expect(rtl.part('name')!.textContent).to.equal('مفتاح الإنتاج 2');
    // Isolated, yet lined up with the bar's start like every other name, not pushed to the far side.
    const text = document.createRange();
    text.selectNodeContents(rtl.part('name')!);
    const nameBox = rtl.part('name')!.getBoundingClientRect();
    expect(text.getBoundingClientRect().left - nameBox.left).to.be.below(2);
  });

  it('renders nothing for data that breaks the contract', async () => {
    const broken = { ...makeKey(), createdAt: 'yesterday' } as AccessKey;
    const { shadow } = await setupTest(broken);
    expect(shadow.textContent).not.to.match(/undefined|Invalid Date|NaN/);
    expect(shadow.querySelector('[part="base"]')).to.be.null;
  });

  it('speaks German under lang="de"', async () => {
    const { part } = await setupTest(makeKey({ expiresAt: '2027-01-01T00:00:00.000Z' }), { lang: 'de' });
    expect(part('status')!.textContent!.trim()).to.equal('Aktiv');
    expect(part('created')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Erstellt 03.11.2026');
    expect(part('remove-button')!.getAttribute('aria-label')).to.equal('CI pipeline entfernen');
  });
});
