import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { waitFor } from './wait.js';

export function hasTmux(): boolean {
  return spawnSync('tmux', ['-V'], { stdio: 'ignore' }).status === 0;
}

/** A program running in a real terminal (a detached tmux session): type keys, read the screen. */
export class TmuxTerminal {
  readonly name: string;
  private readonly socket: string;

  constructor(
    command: string,
    opts: {
      cwd: string;
      env: Record<string, string>;
      width?: number;
      height?: number;
      /** Starts the session's name, so parallel suites can tell theirs apart. */
      prefix?: string;
    },
  ) {
    this.name = `${opts.prefix ?? 'cs-drill-e2e'}-${process.pid}-${Math.floor(Math.random() * 1e6)}`;
    const env = Object.entries(opts.env).flatMap(([k, v]) => ['-e', `${k}=${v}`]);
    this.tmux([
      'new-session',
      '-d',
      '-s',
      this.name,
      '-x',
      String(opts.width ?? 100),
      '-y',
      String(opts.height ?? 40),
      '-c',
      opts.cwd,
      ...env,
      // The pane stays readable after the program exits, however slowly the test gets to it;
      // close() ends the session, and a stray one ends by itself after ten minutes.
      `${command}; echo "[exit $?]"; sleep 600`,
    ]);
    this.socket = this.tmux(['display-message', '-p', '#{socket_path}']).trim();
  }

  /**
   * Runs tmux on this terminal's own server (a socket named after the session). On a shared
   * server, one test closing the last session ends the server while another test is starting
   * its own ("server exited unexpectedly").
   */
  private tmux(args: string[]): string {
    return execFileSync('tmux', ['-L', this.name, ...args], { encoding: 'utf8' });
  }

  screen(): string {
    return this.tmux(['capture-pane', '-p', '-J', '-S', '-200', '-t', this.name]);
  }

  /** The screen's lines as the terminal shows them (wrapped lines not joined back). */
  rows(): string[] {
    return this.tmux(['capture-pane', '-p', '-S', '-2000', '-t', this.name]).split('\n');
  }

  /** The visible pane's lines, top to bottom (row i is the cursor's y = i). */
  pane(): string[] {
    return this.tmux(['capture-pane', '-p', '-t', this.name]).split('\n');
  }

  /** Where the terminal's cursor is: column and row of the visible pane, from 0. */
  cursor(): { x: number; y: number } {
    const [x, y] = this.tmux(['display-message', '-p', '-t', this.name, '#{cursor_x} #{cursor_y}'])
      .trim()
      .split(' ')
      .map(Number);
    return { x: x!, y: y! };
  }

  /** In the list prompt on screen, moves the cursor to the option containing `text` and confirms it. */
  async pick(text: string): Promise<void> {
    await this.waitFor(text);
    const lines = this.screen().split('\n');
    const cursor = lines.findLastIndex((l) => l.includes('❯'));
    const first = lines.slice(0, cursor + 1).findLastIndex((l) => l.startsWith('? '));
    const target = lines.findIndex((l, i) => i > first && l.includes(text));
    for (let i = cursor; i < target; i++) this.keys('Down');
    for (let i = cursor; i > target; i--) this.keys('Up');
    this.keys('Enter');
  }

  keys(...keys: string[]): void {
    this.tmux(['send-keys', '-t', this.name, ...keys]);
  }

  type(text: string): void {
    this.tmux(['send-keys', '-t', this.name, '-l', text]);
  }

  /** Polls the screen until it shows `pattern`; a slow machine waits longer (60 s of polls), never fails. */
  async waitFor(pattern: RegExp | string, limitMs = 60_000): Promise<string> {
    let screen = '';
    return waitFor(
      String(pattern),
      () => {
        screen = this.screen();
        return (
          (typeof pattern === 'string' ? screen.includes(pattern) : pattern.test(screen)) && screen
        );
      },
      { limitMs, everyMs: 50, describe: () => `screen:\n${screen}` },
    );
  }

  close(): void {
    spawnSync('tmux', ['-L', this.name, 'kill-session', '-t', this.name], { stdio: 'ignore' });
    // The server ends with its only session but leaves its socket file behind.
    rmSync(this.socket, { force: true });
  }
}
