/** A service started in-process for the embedded default; stopped when the platform closes. */
export interface RunningService {
  stop(): Promise<void>;
}
