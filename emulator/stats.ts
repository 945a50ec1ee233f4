/** Counts /v1.0 requests (a `$batch` counts once) for `GET /_emulator/stats`. */
export class RequestStats {
  private requests = 0;
  private byMethod: Record<string, number> = {};
  private byStatus: Record<string, number> = {};

  count(method: string): void {
    this.requests++;
    this.byMethod[method] = (this.byMethod[method] ?? 0) + 1;
  }

  status(status: number): void {
    this.byStatus[status] = (this.byStatus[status] ?? 0) + 1;
  }

  reset(): void {
    this.requests = 0;
    this.byMethod = {};
    this.byStatus = {};
  }

  snapshot() {
    return {
      requests: this.requests,
      byMethod: { ...this.byMethod },
      byStatus: { ...this.byStatus },
    };
  }
}
