import fs from 'node:fs';
import path from 'node:path';
import { AppStateSchema, type AppState } from '../../shared/schemas/app';

const defaults: AppState = { language: null, recentFiles: [], window: null, exampleCreated: false, folders: {} };
const MAX_RECENT = 10;

/** App-level state (recent files, language, window size) in the host's user-data folder. */
export class AppStateStore {
  private readonly file: string;
  private state: AppState;

  constructor(userDataDir: string) {
    this.file = path.join(userDataDir, 'app-state.json');
    this.state = this.load();
  }

  private load(): AppState {
    try {
      const parsed = AppStateSchema.safeParse(JSON.parse(fs.readFileSync(this.file, 'utf8')));
      // A damaged state file costs the user their recent list, never a start of the app.
      return parsed.success ? parsed.data : { ...defaults };
    } catch {
      return { ...defaults };
    }
  }

  get(): AppState {
    return structuredClone(this.state);
  }

  update(change: Partial<AppState>): AppState {
    this.state = { ...this.state, ...change };
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(this.state, null, 2));
    fs.renameSync(temp, this.file);
    return this.get();
  }

  addRecent(file: string): AppState {
    const recentFiles = [file, ...this.state.recentFiles.filter((f) => f !== file)].slice(0, MAX_RECENT);
    return this.update({ recentFiles });
  }
}
