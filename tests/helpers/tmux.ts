import { execFileSync, spawnSync } from 'node:child_process';

export function hasTmux(): boolean {
  return spawnSync('tmux', ['-V'], { stdio: 'ignore' }).status === 0;
}

/** A program running in a real terminal (a detached tmux session): type keys, read the screen. */
export class TmuxTerminal {
  readonly name: string;

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
    execFileSync('tmux', [
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
      `${command}; echo "[exit $?]"; sleep 30`,
    ]);
  }

  screen(): string {
    return execFileSync('tmux', ['capture-pane', '-p', '-J', '-S', '-200', '-t', this.name], {
      encoding: 'utf8',
    });
  }

  keys(...keys: string[]): void {
    execFileSync('tmux', ['send-keys', '-t', this.name, ...keys]);
  }

  type(text: string): void {
    execFileSync('tmux', ['send-keys', '-t', this.name, '-l', text]);
  }

  async waitFor(pattern: RegExp | string, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (typeof pattern === 'string' ? screen.includes(pattern) : pattern.test(screen))
        return screen;
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${pattern}; screen:\n${screen}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  close(): void {
    spawnSync('tmux', ['kill-session', '-t', this.name], { stdio: 'ignore' });
  }
}
