import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

/**
 * Measures what serving one load task costs this process (both runtimes and dynalite live
 * here): CPU time, which a busy machine does not inflate as it inflates wall time, and, when
 * `BENCH_PROFILE=<dir>` is set, a V8 CPU profile of just that task (open it in Chrome DevTools
 * or VS Code), so the profile shows serving rather than start-up.
 */
export class CaseProfiler {
  private session: Session | undefined;

  constructor(private readonly directory: string | undefined) {}

  async measure<T>(name: string, task: () => Promise<T>): Promise<{ result: T; cpuMicroseconds: number }> {
    if (this.directory && !this.session) {
      this.session = new Session();
      this.session.connect();
      await this.session.post('Profiler.enable');
    }
    await this.session?.post('Profiler.start');
    const cpuAtStart = process.cpuUsage();
    const result = await task();
    // Taken before the profile is collected, which is costly and not serving.
    const cpu = process.cpuUsage(cpuAtStart);
    if (this.session && this.directory) {
      const { profile } = await this.session.post('Profiler.stop');
      writeFileSync(join(this.directory, `${name.replace(/[^\w.-]+/g, '-')}.cpuprofile`), JSON.stringify(profile));
    }
    return { result, cpuMicroseconds: cpu.user + cpu.system };
  }

  close(): void {
    this.session?.disconnect();
  }
}
