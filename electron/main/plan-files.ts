// Plan file names: dialogs append the extension; the OS hands files to the app on the
// command line (Windows/Linux, a second instance) or via macOS 'open-file'. Pure, tested.
import path from 'node:path';

export const PLAN_EXTENSION = '.s3plan';

/** GTK and some Windows setups do not append the filter's extension to a typed name. */
export function withPlanExtension(file: string): string {
  return file.toLowerCase().endsWith(PLAN_EXTENSION) ? file : file + PLAN_EXTENSION;
}

/** The .s3plan paths in a command line, absolute against its working directory. */
export function planFilesFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .slice(1) // the executable
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(PLAN_EXTENSION))
    .map((arg) => path.resolve(cwd, arg));
}
