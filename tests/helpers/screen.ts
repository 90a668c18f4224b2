import { screen } from '@inquirer/testing/vitest';

/**
 * On @inquirer/testing's virtual screen: moves the select cursor to the choice whose line
 * contains `text`, then confirms and waits for the next prompt (not after the last one).
 */
export async function pick(
  text: string,
  confirm: 'and-wait' | 'last' | false = 'and-wait',
): Promise<void> {
  const lines = screen.getScreen().split('\n');
  const cursor = lines.findIndex((l) => l.includes('❯'));
  const target = lines.findIndex((l, i) => i > 0 && l.includes(text));
  if (cursor < 0 || target < 0)
    throw new Error(`cannot find "${text}" on screen:\n${screen.getScreen()}`);
  for (let i = cursor; i < target; i++) screen.keypress('down');
  for (let i = cursor; i > target; i--) screen.keypress('up');
  if (confirm) screen.keypress('enter');
  if (confirm === 'and-wait') await screen.next();
}

/** In a checkbox prompt: ticks the choices whose lines contain `texts`, confirms, waits for the next prompt. */
export async function tick(...texts: string[]): Promise<void> {
  for (const text of texts) {
    await pick(text, false);
    screen.keypress('space');
  }
  screen.keypress('enter');
  await screen.next();
}
