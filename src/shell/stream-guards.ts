// Process-wide handlers every entry installs first (dist/cli.js and dist/list.cjs).

/**
 * `cs-drill export | head -1` closes the pipe early, and a closed terminal (SIGHUP) fails every
 * write with EIO: neither is an error, and neither may stop a session from being saved.
 * A closed terminal also fails readline's attempt to leave raw mode, as an 'error' event no
 * one can listen to (it is inside the prompt library): that must not kill the process before
 * the session in progress is saved (SIGHUP does that, through run.ts).
 */
export function guardStreams(): void {
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'EIO') throw error;
    });
  process.on('uncaughtException', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EIO' && error.syscall === 'setRawMode') return;
    throw error;
  });
}
