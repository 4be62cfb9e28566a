/** One response of the test server; see test/server/mock-server.mjs. */
export interface MockResponse {
  status?: number;
  type?: string;
  body?: string;
  headers?: Record<string, string>;
  /** A file under test/fixtures/ to answer with. */
  fixture?: string;
  delay?: number;
  hang?: boolean;
  drop?: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body: string;
  aborted: boolean;
}

export interface Mock {
  /** Base URL of this scenario: every request below it is answered and recorded. */
  url: string;
  requests(): Promise<RecordedRequest[]>;
}

/** Sets up a fresh endpoint on the test runner's server that answers as told. */
export async function mockEndpoint(responses: MockResponse | MockResponse[] = {}): Promise<Mock> {
  const id = Math.random().toString(36).slice(2);
  const response = await fetch(`/mock-admin/${id}`, { method: 'POST', body: JSON.stringify(responses) });
  if (!response.ok) throw new Error(`mock setup failed: ${response.status}`);
  return {
    url: new URL(`/mock/${id}`, location.href).href,
    async requests() {
      const r = await fetch(`/mock-admin/${id}`);
      return ((await r.json()) as { requests: RecordedRequest[] }).requests;
    },
  };
}
