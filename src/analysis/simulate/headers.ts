// A response header list under construction, with the two operations the libraries use:
// set (replace, keeping the first name's case) and append to a comma list (Vary).
export class HeaderBuilder {
  private readonly list: [string, string][] = [];

  set(name: string, value: string): void {
    const i = this.list.findIndex(([n]) => n.toLowerCase() === name.toLowerCase());
    if (i >= 0) this.list[i] = [this.list[i][0], value];
    else this.list.push([name, value]);
  }

  get(name: string): string | undefined {
    return this.list.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
  }

  /** Adds a second header line with the same name (werkzeug's Headers.add, Starlette's append). */
  add(name: string, value: string): void {
    this.list.push([name, value]);
  }

  /** The `vary` package / Django's patch_vary_headers / Starlette add_vary_header: one Vary, comma-joined, no repeats. */
  vary(name: string, field: string): void {
    const current = this.get(name);
    if (current === undefined) { this.set(name, field); return; }
    const fields = current.split(',').map((f) => f.trim().toLowerCase());
    if (fields.includes('*') || fields.includes(field.toLowerCase())) return;
    this.set(name, `${current}, ${field}`);
  }

  toList(): [string, string][] {
    return this.list.map(([n, v]) => [n, v]);
  }
}
