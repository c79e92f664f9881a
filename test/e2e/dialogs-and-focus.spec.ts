/**
 * What lies over what: a notification never covers the buttons of the dialog beneath it, and the heading that
 * takes the focus when a screen opens draws no focus ring, while controls reached by keyboard keep theirs.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';

/** Nothing drawn over the control: not at its centre, and no notification anywhere across it. */
async function expectNotCovered(control: Locator) {
  const covered = await control.evaluate((element) => {
    const document = element.ownerDocument;
    const box = element.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    const notifications = [...document.querySelectorAll('.mantine-Notification-root')].map((notification) =>
      notification.getBoundingClientRect(),
    );
    const crossing = notifications.some(
      (other) => other.left < box.right && box.left < other.right && other.top < box.bottom && box.top < other.bottom,
    );
    return { centreOnTop: top !== null && element.contains(top), crossing, notifications: notifications.length };
  });
  expect(covered.notifications, 'a notification is showing').toBeGreaterThan(0);
  expect(covered).toEqual({ centreOnTop: true, crossing: false, notifications: covered.notifications });
}

const outlineOf = (element: Locator) =>
  element.evaluate((node) => node.ownerDocument.defaultView!.getComputedStyle(node).outlineStyle);

test.describe('in the desktop app’s first window size', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('notifications leave the buttons of the dialog beneath them clear', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Load sample trip' }).click();
    await page.getByRole('tab', { name: 'People' }).click();
    // Two undo offers stack up while the organiser goes on to book an engagement.
    for (const name of ['Joe Anderson', 'Ellen Cutler']) {
      await page.getByRole('button', { name: `Actions for ${name}` }).click();
      await page.getByRole('menuitem', { name: 'Remove from trip' }).click();
      await page.getByRole('dialog', { name: `Remove ${name} from this trip?` }).getByRole('button', { name: 'Remove from trip' }).click();
    }
    await page.getByRole('tab', { name: 'Programme' }).click();
    await page.getByRole('button', { name: 'Add engagement on Sat 12 Nov 2016' }).click();
    const booking = page.getByRole('dialog', { name: 'New engagement' });
    const book = booking.getByRole('button', { name: 'Book engagement' });
    await book.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 2000);
    await expect(page.getByText('Removed Ellen Cutler', { exact: false })).toBeVisible();
    await expectNotCovered(book);
    await expectNotCovered(booking.getByRole('button', { name: 'Cancel' }));
  });

  test('the add-a-person dialog’s buttons stay clear of notifications too', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Load sample trip' }).click();
    await page.getByRole('tab', { name: 'People' }).click();
    await page.getByRole('button', { name: 'Actions for Joe Anderson' }).click();
    await page.getByRole('menuitem', { name: 'Remove from trip' }).click();
    await page.getByRole('dialog', { name: 'Remove Joe Anderson from this trip?' }).getByRole('button', { name: 'Remove from trip' }).click();
    await page.getByRole('button', { name: 'Add person' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a person' });
    await expect(page.getByText('Removed Joe Anderson', { exact: false })).toBeVisible();
    await expectNotCovered(dialog.getByRole('button', { name: 'Cancel' }));
  });
});

test('a person’s programme and an engagement open at their top, their heading holding the focus', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample trip' }).click();
  await page.getByRole('tab', { name: 'People' }).click();
  // Far down the list: the click scrolls the page to it first.
  await page.getByRole('link', { name: 'Meilin Zhang' }).click();
  const heading = page.getByRole('heading', { name: 'Programme for Meilin Zhang' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();

  await page.getByRole('tab', { name: 'Programme' }).click();
  await page.getByRole('link', { name: 'Sensor City – Zhengxin Group MoU signing' }).click();
  const title = page.getByRole('heading', { name: 'Sensor City – Zhengxin Group MoU signing' });
  await expect(title).toBeFocused();
  await expect(title).toBeInViewport();
});

test('the heading focused when a screen opens draws no ring; a control reached by keyboard does', async ({ page }) => {
  await page.goto('/');
  const welcome = page.getByRole('heading', { name: 'Plan your first delegation' });
  await expect(welcome).toBeFocused();
  expect(await outlineOf(welcome)).toBe('none');

  await page.keyboard.press('Tab');
  const newTrip = page.getByRole('button', { name: 'New trip' });
  await expect(newTrip).toBeFocused();
  expect(await outlineOf(newTrip)).not.toBe('none');

  // Navigating by keyboard moves the focus to the next screen's heading, again without a ring.
  await page.getByRole('link', { name: 'Directory' }).focus();
  await page.keyboard.press('Enter');
  const directory = page.getByRole('heading', { level: 2 }).first();
  await expect(directory).toBeFocused();
  expect(await outlineOf(directory)).toBe('none');
});
