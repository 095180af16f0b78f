/**
 * Numbers tables and figures in the order they print. Each is numbered when it first renders:
 * React renders a tree depth first, in document order, so the numbers follow the page. A table
 * asks with its own `useId`, so rendering it twice (StrictMode) keeps its number; the document
 * makes a new numbering on each render of its own, before any chapter renders.
 */
export class Numbering {
  private readonly tables = new Map<string, number>();
  private readonly figures = new Map<string, number>();
  table(key: string): number {
    return this.next(this.tables, key);
  }
  figure(key: string): number {
    return this.next(this.figures, key);
  }
  private next(map: Map<string, number>, key: string): number {
    let n = map.get(key);
    if (n === undefined) map.set(key, (n = map.size + 1));
    return n;
  }
}
