// Types for the vendored generator's exports that the tests use (the .mjs itself is unchanged).
export interface Vector {
  id: string;
  category: string;
  template: string;
  url?: string;
  where?: string[];
  check?: string;
  interaction: boolean;
}
export const LOCATIONS: string[];
export function materialize(template: string, id: string, options?: { short?: boolean }): string;
export function buildPage(
  vector: Pick<Vector, 'id' | 'template' | 'url' | 'where'>,
  options?: { seed?: number; only?: string | null; selfCsp?: boolean },
): { html: string; markers: Record<string, string>; article: string };
