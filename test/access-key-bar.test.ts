import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { AccessKey } from '../src/api/types.js';
import '../src/access-key-bar/define.js';
import '../src/locales/de.js';
import type { AccessKeyActionRequestEvent } from '../src/events.js';
import { makeKey as baseKey } from './helpers/fixtures.js';

const makeKey = (overrides: Partial<AccessKey> = {}) =>
  baseKey({ id: 'k1', createdAt: '2026-11-03T09:30:00.000Z', ...overrides });

const now = new Date('2026-11-29T12:00:00.000Z');
const day = 86_400_000;

async function setupTest(key: AccessKey, { width = '600px', lang = 'en', style = '' } = {}) {
  const root = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: ${width}; ${style}">
    <button id="before">before</button>
    <access-key-bar .key=${key} time-zone="UTC"></access-key-bar>
  </div>`);
  const element = root.querySelector('access-key-bar')!;
  await element.updateComplete;
  await nextFrame(); // the name's resize observer reports whether it is truncated
  await element.updateComplete;
  const shadow = element.shadowRoot!;
  const part = (name: string) => shadow.querySelector<HTMLElement>(`[part~="${name}"]`);
  /** What a part reads: white space collapsed, the invisible isolates around values left out. */
  const text = (name: string) => part(name)?.textContent?.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
  const openTooltips = () =>
    [...shadow.querySelectorAll<HTMLElement>('[role="tooltip"]')].filter((tip) => tip.matches(':popover-open'));
  return { root, element, shadow, part, text, openTooltips };
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

  it('shows an active key never used and without expiry: "Never used", "Never expires"', async () => {
    const { element, part, text } = await setupTest(makeKey());
    expect([text('status'), text('last-used'), text('name')]).to.deep.equal(['Active', 'Never used', 'CI pipeline']);
    expect(part('visible-part')!.textContent).to.equal('••••a1b2');
    expect(part('visible-part')!.parentElement!.textContent).to.equal('Key ending ••••a1b2');
    expect([text('created'), text('expires')]).to.deep.equal(['Created Nov 3, 2026', 'Never expires']);
    expect(part('remove-button')!.getAttribute('aria-label')).to.equal('Remove \u201c\u2068CI pipeline\u2069\u201d');
    expect(text('remove-button')).to.equal('Remove');
    await expect(element).to.be.accessible();
  });

  it('says "Expired" with the date for an expired key, last used 5 minutes ago, exact moments in tooltips', async () => {
    const fiveMinutesAgo = new Date(Date.now() - 5 * 60_000).toISOString();
    const { element, part, text, openTooltips, shadow } = await setupTest(
      makeKey({ expiresAt: '2026-01-01T08:00:00.000Z', lastUsedAt: fiveMinutesAgo }),
    );
    expect([text('status'), text('last-used'), text('expires')]).to.deep.equal([
      'Expired',
      'Last used 5 minutes ago',
      'Expired Jan 1, 2026',
    ]);
    expect(openTooltips()).to.have.length(0);

    part('last-used')!.focus();
    await element.updateComplete;
    const [tip] = openTooltips();
    expect(tip.id).to.equal(part('last-used')!.getAttribute('aria-describedby'));
    expect(tip.textContent).to.match(/ at \d{1,2}:\d{2}:\d{2}\s[AP]M UTC$/);
    await expect(element).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expect(shadow.activeElement).to.equal(part('expires'));
    expect(openTooltips().map((t) => t.textContent)).to.deep.equal(['January 1, 2026 at 8:00:00 AM UTC']);

    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(openTooltips()).to.have.length(0);
  });

  it('shows "Expires soon" and the time left within 7 days of the expiry, in words and not by colour alone', async () => {
    const { element, part, text } = await setupTest(makeKey({ expiresAt: new Date(Date.now() + 3 * day).toISOString() }));
    expect([text('status'), text('expires')]).to.deep.equal(['Expires soon', 'Expires in 3 days']);
    expect(getComputedStyle(part('status')!).backgroundColor).not.to.equal(
      getComputedStyle((await setupTest(makeKey())).part('status')!).backgroundColor,
    );
    await expect(element).to.be.accessible();

    element.expiresSoonDays = 2;
    await element.updateComplete;
    expect(text('status')).to.equal('Active');
    expect(text('expires')).to.match(/^Expires [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
  });

  it('moves from Active to Expires soon to Expired while the page is open, each at its moment', async () => {
    const clock = sinon.useFakeTimers({ now, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const expiresAt = new Date(now.getTime() + 7 * day + 1000).toISOString();
    const { element, text } = await setupTest(makeKey({ expiresAt }));
    const status = async (ms: number) => {
      clock.tick(ms);
      await element.updateComplete;
      return text('status');
    };
    expect(await status(0)).to.equal('Active');
    expect(await status(999)).to.equal('Active');
    expect(await status(1)).to.equal('Expires soon');
    expect(await status(7 * day - 1)).to.equal('Expires soon');
    expect(await status(1)).to.equal('Expired');
  });

  it('truncates a long name with a tooltip that opens on hover, stays while hovered and closes on Escape', async () => {
    const long = 'Deployment key for the nightly regression suite on the staging farm '.repeat(2).slice(0, 120);
    const { element, part, openTooltips } = await setupTest(makeKey({ name: long }), { width: '320px' });
    const name = part('name')!;
    expect(name.scrollWidth).to.be.greaterThan(name.clientWidth);
    expect(getComputedStyle(name).textOverflow).to.equal('ellipsis');
    expect(name.tabIndex).to.equal(0);

    await sendMouse({ type: 'move', position: centerOf(name) });
    await element.updateComplete;
    const [tip] = openTooltips();
    expect(tip.textContent).to.equal(long);
    expect(name.getAttribute('aria-describedby')).to.equal(tip.id);

    await sendMouse({ type: 'move', position: centerOf(tip) });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(openTooltips()).to.have.length(1);
    await expect(element).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(openTooltips()).to.have.length(0);
  });

  it('shows tooltips whole inside a container that clips, and inside the viewport at each of its edges', async () => {
    await setViewport({ width: 800, height: 600 });
    const key = makeKey({ lastUsedAt: new Date(Date.now() - 60_000).toISOString() });
    const inside = (tip: HTMLElement) => {
      const box = tip.getBoundingClientRect();
      const [x, y] = centerOf(tip);
      // Drawn above everything (the top layer) and within the viewport.
      expect((tip.getRootNode() as ShadowRoot).elementFromPoint(x, y)).to.equal(tip);
      expect([box.left >= 0, box.top >= 0, box.right <= 800, box.bottom <= 600]).to.deep.equal([true, true, true, true]);
      return box;
    };
    const clipped = await setupTest(key, { style: 'height: 40px; overflow: hidden; position: relative; z-index: 0' });
    clipped.part('last-used')!.focus();
    await clipped.element.updateComplete;
    const [below] = clipped.openTooltips();
    expect(inside(below).top).to.be.at.least(clipped.part('last-used')!.getBoundingClientRect().bottom);

    for (const corner of ['right: 0; top: 0', 'left: 0; bottom: 0', 'right: 0; bottom: 0']) {
      const { root, element, part, openTooltips } = await setupTest(key, {
        width: '260px',
        style: `position: fixed; ${corner}`,
      });
      // Move the bar down until its trigger touches the viewport's bottom: no room below, so the tip goes above.
      if (corner.includes('bottom')) root.style.bottom = `${part('last-used')!.getBoundingClientRect().bottom - 598}px`;
      part('last-used')!.focus();
      await element.updateComplete;
      const box = inside(openTooltips()[0]);
      if (corner.includes('bottom')) expect(box.bottom).to.be.at.most(part('last-used')!.getBoundingClientRect().top);
      part('last-used')!.blur();
    }
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

  it('has a light Remove of at least 24 × 24 px, centred beside the key, and its own line at 320 px', async () => {
    const wide = await setupTest(makeKey());
    const remove = wide.part('remove-button')!;
    const [button, bar] = [remove.getBoundingClientRect(), wide.part('base')!.getBoundingClientRect()];
    expect(button.width >= 24 && button.height >= 24).to.be.true;
    expect(getComputedStyle(remove).borderTopColor).to.equal('rgba(0, 0, 0, 0)');
    expect(Math.abs(button.top + button.height / 2 - (bar.top + bar.height / 2))).to.be.below(2);

    const narrow = await setupTest(makeKey({ lastUsedAt: new Date(Date.now() - 90 * day).toISOString() }), {
      width: '320px',
    });
    const lines = ['status', 'last-used', 'remove-button'].map((name) => narrow.part(name)!.getBoundingClientRect());
    // Badge and last use share a line; each phrase stays whole; Remove is under them.
    expect(Math.abs(lines[0].top - lines[1].top)).to.be.below(8);
    expect(lines[1].height).to.be.below(30);
    expect(lines[2].top).to.be.above(lines[1].bottom);
    expect(narrow.element.scrollWidth).to.be.at.most(320);
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
    const range = document.createRange();
    range.selectNodeContents(rtl.part('name')!);
    const nameBox = rtl.part('name')!.getBoundingClientRect();
    expect(range.getBoundingClientRect().left - nameBox.left).to.be.below(2);
  });

  it('renders nothing for data that breaks the contract', async () => {
    const broken = { ...makeKey(), createdAt: 'yesterday' } as AccessKey;
    const { shadow } = await setupTest(broken);
    expect(shadow.textContent).not.to.match(/undefined|Invalid Date|NaN/);
    expect(shadow.querySelector('[part="base"]')).to.be.null;
  });

  it('speaks German under lang="de"', async () => {
    const { part, text } = await setupTest(makeKey({ expiresAt: '2027-01-01T00:00:00.000Z' }), { lang: 'de' });
    expect([text('status'), text('last-used'), text('created')]).to.deep.equal(['Aktiv', 'Nie verwendet', 'Erstellt 03.11.2026']);
    expect(part('remove-button')!.getAttribute('aria-label')).to.equal('\u201e\u2068CI pipeline\u2069\u201c entfernen');
  });
});
