/** What `dflint inspect` reports: the image config a build would produce, without building. */

/** A value that may not be knowable without building (or without a registry). */
export type Knowable<T> =
  | { known: true; value: T; /** Line of the instruction that set it; null for a default. */ line: number | null }
  | {
      known: false;
      /** Why it cannot be known, in words. */
      reason: string;
      /** For a value only partly known: the value with each variable that is not known written as `${NAME}`. */
      partial?: string;
    };

export interface BaseChainLink {
  /** A stage of this Dockerfile, or null for the image the chain starts from. */
  stage: { index: number; name: string | null; line: number } | null;
  /** The FROM reference after ARG expansion (null when it depends on an unknown ARG). */
  image: string | null;
}

export interface EnvEntry {
  name: string;
  value: Knowable<string>;
}

/** An item added by an instruction; `value` null when it depends on something unknown. */
export interface CollectedItem {
  value: string | null;
  line: number;
}

/** Items the Dockerfile adds, plus whether a registry base image may add more nobody can see here. */
export interface Collected<T> {
  entries: T[];
  fromBaseImage: boolean;
}

export interface HealthcheckConfig {
  /** `["CMD", …]`, `["CMD-SHELL", "…"]` or `["NONE"]`, as the image config stores it. */
  test: string[];
  /** Options as written (`interval`, `timeout`, `start-period`, `start-interval`, `retries`). */
  options: Record<string, string>;
}

export interface Layer {
  line: number;
  /** Stage the instruction belongs to. */
  stage: number;
  instruction: string;
  /** The instruction text, continuations joined. */
  text: string;
}

export interface RunCommand {
  /** Caveats, e.g. a shell-form ENTRYPOINT ignores CMD and arguments. */
  notes: string[];
  /** The process `docker run IMAGE` starts (ENTRYPOINT + CMD). Empty: the image has no command. */
  withoutArgs: Knowable<string[]>;
  /** The process `docker run IMAGE arg…` starts: ENTRYPOINT followed by the arguments (CMD is replaced). */
  withArgs: Knowable<string[]>;
  /**
   * When only the base image's ENTRYPOINT is unknown: what `docker run IMAGE` runs if the base image
   * sets none (most images). A conditional answer, labelled as such, not a guess.
   */
  ifBaseHasNoEntrypoint?: string[];
}

export interface InspectResult {
  file: string;
  target: { index: number; name: string | null; line: number };
  baseChain: BaseChainLink[];
  /** Build args the inspection used. */
  buildArgs: Record<string, string>;
  /** Variables set by ENV; the base image may add more (see `envFromBaseImage`). */
  env: EnvEntry[];
  /** True when the chain starts from a registry image, whose own ENV is unknown. */
  envFromBaseImage: boolean;
  entrypoint: Knowable<string[] | null>;
  cmd: Knowable<string[] | null>;
  run: RunCommand;
  workingDir: Knowable<string>;
  user: Knowable<string>;
  exposedPorts: Collected<CollectedItem>;
  volumes: Collected<CollectedItem>;
  labels: Collected<{ key: string | null; value: string | null; line: number }>;
  healthcheck: Knowable<HealthcheckConfig | null>;
  stopSignal: Knowable<string | null>;
  shell: Knowable<string[]>;
  /** Layer-creating instructions (RUN, COPY, ADD) of every stage in the chain, oldest first. */
  layers: Layer[];
  /** True when the chain starts from a registry image, whose own layers come first. */
  layersFromBaseImage: boolean;
}
