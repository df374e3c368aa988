import { type ChildProcess, spawn } from "node:child_process";
import { NO_LIMITS_ENV } from "./no-limits-env.js";
import { buildForStart, PROJECT_ROOT, startCommand } from "./start-command.js";

export interface ServerProcess {
  child: ChildProcess;
  baseUrl: string;
  /** Everything the process wrote, for a failing test's message. */
  output(): string;
  /** kill -9: no shutdown hook runs, in-flight transactions are cut. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the real server as `npm start` does (its build step, then node with its flags on
 * dist/app/main.js, `--no-terminal`) on a free port and waits until it listens.
 */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  buildForStart();
  const start = startCommand();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: "0", HOST: "127.0.0.1", ...NO_LIMITS_ENV, ...env };
  // A platform's variables in the caller's shell would start its adapter against the real platform.
  for (const name of Object.keys(childEnv)) if (/^(SLACK|WECOM|DINGTALK|WECHATY)_/.test(name) && !(name in env)) delete childEnv[name];
  // node itself, not npm: npm would run the app in a child process, which a SIGKILL of npm would leave running.
  const child = spawn(process.execPath, [...start.flags, start.entry, "--no-terminal"], {
    cwd: PROJECT_ROOT,
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = /ready on (http:\/\/[^\s]+)/.exec(log);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`server exited with ${code} before listening:\n${log}`)));
  });
  return {
    child,
    baseUrl,
    output: () => log,
    async kill9() {
      child.kill("SIGKILL");
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
