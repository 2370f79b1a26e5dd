import cliProgress from 'cli-progress';

/**
 * A progress bar on stderr in the commands' one style, gone from the terminal once it stops.
 * `format` is cli-progress's (`{bar}`, `{value}`, `{total}`, `{eta_formatted}` and the payload's
 * own fields).
 */
export function progressBar(format: string): cliProgress.SingleBar {
  return new cliProgress.SingleBar(
    { stream: process.stderr, format, hideCursor: true, clearOnComplete: true, etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  );
}
