/**
 * A small stand-in for the `vscode` module: the API surface the unit-tested modules use, with
 * knobs (configuration values, installed extensions, workspace folders) that tests set.
 */
import * as fs from "fs";
import * as path from "path";

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly path: string,
  ) {}

  static file(fsPath: string): Uri {
    return new Uri("file", path.resolve(fsPath));
  }

  static parse(value: string): Uri {
    const match = /^([a-z][\w+.-]*):(?:\/\/)?(.*)$/i.exec(value);
    if (match === null) {
      throw new Error(`not a URI: ${value}`);
    }
    return new Uri(match[1], decodeURIComponent(match[2]));
  }

  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, path.posix.join(base.path, ...parts));
  }

  get fsPath(): string {
    return this.path;
  }

  toString(): string {
    return `${this.scheme}://${this.path}`;
  }
}

export class Disposable {
  constructor(private readonly onDispose: () => void) {}

  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((item) => item.dispose()));
  }

  dispose(): void {
    this.onDispose();
  }
}

type Listener<T> = (value: T) => unknown;

export class EventEmitter<T> {
  private listeners: Listener<T>[] = [];

  readonly event = (listener: Listener<T>): Disposable => {
    this.listeners.push(listener);
    return new Disposable(() => {
      this.listeners = this.listeners.filter((item) => item !== listener);
    });
  };

  fire(value: T): void {
    this.listeners.forEach((listener) => listener(value));
  }

  dispose(): void {
    this.listeners = [];
  }
}

export class CancellationTokenSource {
  private readonly emitter = new EventEmitter<void>();
  readonly token = {
    isCancellationRequested: false,
    onCancellationRequested: this.emitter.event,
  };

  cancel(): void {
    this.token.isCancellationRequested = true;
    this.emitter.fire();
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

export class CancellationError extends Error {}

export class DocumentDropOrPasteEditKind {
  static readonly Empty = new DocumentDropOrPasteEditKind("");
  static readonly Text = new DocumentDropOrPasteEditKind("text");

  private constructor(readonly value: string) {}

  append(...parts: string[]): DocumentDropOrPasteEditKind {
    return new DocumentDropOrPasteEditKind([this.value, ...parts].filter((part) => part !== "").join("."));
  }
}

export class DocumentPasteEdit {
  additionalEdit?: unknown;
  yieldTo?: readonly DocumentDropOrPasteEditKind[];

  constructor(
    public insertText: string,
    public title: string,
    public kind: DocumentDropOrPasteEditKind,
  ) {}
}

export interface DataTransferFile {
  readonly name: string;
  readonly uri?: Uri;
  data(): Thenable<Uint8Array>;
}

export class DataTransferItem {
  constructor(readonly value: unknown) {}

  asString(): Thenable<string> {
    return Promise.resolve(typeof this.value === "string" ? this.value : "");
  }

  asFile(): DataTransferFile | undefined {
    return undefined;
  }
}

export class DataTransfer {
  private readonly items = new Map<string, DataTransferItem>();

  get(mimeType: string): DataTransferItem | undefined {
    return this.items.get(mimeType.toLowerCase());
  }

  set(mimeType: string, value: DataTransferItem): void {
    this.items.set(mimeType.toLowerCase(), value);
  }
}

export enum UIKind {
  Desktop = 1,
  Web = 2,
}

export enum StatusBarAlignment {
  Left = 1,
  Right = 2,
}

export enum ProgressLocation {
  SourceControl = 1,
  Window = 10,
  Notification = 15,
}

export enum ViewColumn {
  Active = -1,
  Beside = -2,
  One = 1,
}

/** What the tests control. */
export const mock = {
  configuration: new Map<string, unknown>(),
  extensions: new Map<string, unknown>(),
  workspaceFolders: undefined as { uri: Uri; name: string; index: number }[] | undefined,
  logged: [] as string[],
  reset(): void {
    this.configuration.clear();
    this.extensions.clear();
    this.workspaceFolders = undefined;
    this.logged = [];
  },
};

/** Like VS Code, unset settings take the defaults the extension contributes in package.json. */
const contributedDefaults = new Map<string, unknown>(
  Object.entries(
    (
      JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "..", "package.json"), "utf8")) as {
        contributes: { configuration: { properties: Record<string, { default?: unknown }> } };
      }
    ).contributes.configuration.properties,
  ).map(([key, schema]) => [key, schema.default]),
);

export const workspace = {
  get workspaceFolders() {
    return mock.workspaceFolders;
  },
  getWorkspaceFolder(uri: Uri) {
    return mock.workspaceFolders?.find((folder) => uri.path.startsWith(folder.uri.path));
  },
  getConfiguration(section: string) {
    return {
      get<T>(key: string, fallback: T): T {
        const full = `${section}.${key}`;
        if (mock.configuration.has(full)) {
          return mock.configuration.get(full) as T;
        }
        return contributedDefaults.has(full) ? (contributedDefaults.get(full) as T) : fallback;
      },
    };
  },
};

export const extensions = {
  getExtension(id: string) {
    return mock.extensions.get(id);
  },
};

const logChannel = {
  info: (message: string) => mock.logged.push(`info: ${message}`),
  warn: (message: string) => mock.logged.push(`warn: ${message}`),
  error: (message: string) => mock.logged.push(`error: ${message}`),
  show: () => undefined,
  dispose: () => undefined,
};

export const window = {
  createOutputChannel: () => logChannel,
};

export const env = {
  uiKind: UIKind.Desktop,
  remoteName: undefined as string | undefined,
};
