import { sendKeys } from '@web/test-runner-commands';

/** Puppeteer's `press` takes one key; chords are held and released around it. */
export async function pressShiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}
