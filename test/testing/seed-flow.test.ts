// The seed's whole flow, driven the way a host's test suite would: only through access-key-elements/testing, with no
// shadow-root access or querySelector of its own.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { FaultInjectingAccessKeyApi, createTestClock, stubClipboard, type ClipboardStub } from '../../src/testing/index.js';
import { genericError, makeKeys, renderSection } from '../helpers/fixtures.js';

const setupTest = (api: FaultInjectingAccessKeyApi) => renderSection({ api });

describe('access-key-elements/testing: the seed flow', () => {
  let clipboard: ClipboardStub;
  beforeEach(() => (clipboard = stubClipboard()));
  afterEach(() => clipboard.restore());

  it('runs empty → generate → copy → close → bar → remove → empty', async () => {
    const clock = createTestClock(new Date('2026-03-01T10:00:00Z'));
    const api = new FaultInjectingAccessKeyApi({ now: clock.now });
    const { section } = await setupTest(api);
    expect(await section.getHeading()).to.equal('Access key');
    expect(await section.isLoading()).to.be.false;
    expect(await section.isEmpty()).to.be.true;
    expect(await section.getKeys()).to.deep.equal([]);
    expect(await section.getCount()).to.be.null;

    const generate = await section.openGenerateDialog();
    expect(await section.getOpenDialog()).to.equal('generate');
    expect(await generate.getTitle()).to.equal('Generate access key');
    expect(await generate.getCounter()).to.equal('0/120');
    await generate.setName('Deploy bot');
    expect(await generate.getCounter()).to.equal('10/120');
    await generate.pickDate('2099-01-15');
    expect(await generate.getExpiryPreview()).to.equal('Expires on January 15, 2099, 12:00 AM (UTC).');
    await generate.submit();

    expect(await section.getOpenDialog()).to.equal('reveal');
    const reveal = section.getRevealDialog();
    expect(await reveal.getNote()).to.equal(
      'You have access to the key once. Copy it and save it to secure storage before closing this window.',
    );
    const secret = await reveal.getSecret();
    expect(secret).to.match(/^ak_/);
    await reveal.copy();
    expect(clipboard.written).to.deep.equal([secret]);
    expect(await reveal.getAnnouncement()).to.equal('Copied to clipboard');
    await reveal.close();
    expect(await section.getOpenDialog()).to.be.null;
    expect(await reveal.getSecret()).to.equal('');

    expect(await section.getKeys()).to.deep.equal([
      {
        status: 'Active',
        name: 'Deploy bot',
        lastUsed: null,
        visiblePart: `••••${secret.slice(-4)}`,
        created: 'Mar 1, 2026',
        expires: 'Jan 15, 2099',
      },
    ]);
    expect(await section.getCount()).to.equal('1 of 10');
    expect(await section.getAnnouncement()).to.equal('Key “Deploy bot” added to your keys.');

    const remove = await section.removeKey('Deploy bot');
    expect(await remove.getTitle()).to.equal('Remove access key');
    expect(await remove.getKeyName()).to.equal('Deploy bot');
    await remove.confirm();
    expect(await section.getOpenDialog()).to.be.null;
    expect(await section.getKeys()).to.deep.equal([]);
    expect(await section.isEmpty()).to.be.true;
    expect(await section.getAnnouncement()).to.equal('Key “Deploy bot” removed.');
    expect(api.keys).to.deep.equal([]);
  });

  it('shows the exact generic error and keeps the name when generating fails, then succeeds on retry', async () => {
    const api = new FaultInjectingAccessKeyApi();
    api.failNext('generate', 'error');
    const { element, section } = await setupTest(api);
    const errors: string[] = [];
    element.addEventListener('access-key-error', (event) => errors.push(event.operation));
    const generate = await section.openGenerateDialog();
    await generate.setName('Nightly');
    await generate.submit();
    expect(await section.getOpenDialog()).to.equal('generate');
    expect(await generate.getError()).to.equal(genericError);
    expect(await generate.getName()).to.equal('Nightly');
    expect(await generate.isBusy()).to.be.false;
    expect(errors).to.deep.equal(['generate']);
    await expect(element).to.be.accessible();

    await generate.submit();
    expect(await section.getOpenDialog()).to.equal('reveal');
    await section.getRevealDialog().close();
    expect(await section.getKeyNames()).to.deep.equal(['Nightly']);
  });

  it('shows the error and keeps the key when removing fails', async () => {
    const api = new FaultInjectingAccessKeyApi({ keys: makeKeys(2) });
    const { element, section } = await setupTest(api);
    api.failNext('remove', 'error');
    const remove = await section.removeKey('Key 2');
    await remove.confirm();
    expect(await remove.isOpen()).to.be.true;
    expect(await remove.getError()).to.equal(genericError);
    expect(await remove.getKeyName()).to.equal('Key 2');
    expect(await section.getKeyNames()).to.deep.equal(['Key 1', 'Key 2']);
    await expect(element).to.be.accessible();

    await remove.cancel();
    expect(await section.getKeyNames()).to.deep.equal(['Key 1', 'Key 2']);
    expect(api.keys.map((key) => key.name)).to.deep.equal(['Key 1', 'Key 2']);
  });
});
