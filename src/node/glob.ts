// VS Code and .gitignore glob patterns as regular expressions over '/'-separated relative paths, for
// the scan that walks the disk itself when VS Code's ripgrep is not there.

/** `**` spans folders, `*` and `?` stay within one name, `{a,b}` and `[a-z]` as in VS Code's globs. */
export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${translate(glob)}$`);
}

function translate(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const atStart = i === 0 || glob[i - 1] === '/';
      if (atStart && glob[i + 2] === '/') {
        out += '(?:.*/)?';
        i += 2;
      } else if (atStart && i + 2 === glob.length && i > 0) {
        // `folder/**` names the folder as well as what is inside it.
        out = out.slice(0, -1) + '(?:/.*)?';
        i += 1;
      } else {
        out += '.*';
        i += 1;
      }
    } else if (c === '*') {
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) {
        out += '\\[';
        continue;
      }
      const body = glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
      out += `[${body}]`;
      i = end;
    } else if (c === '{') {
      const end = closingBrace(glob, i);
      if (end < 0) {
        out += '\\{';
        continue;
      }
      out += `(?:${splitTopLevel(glob.slice(i + 1, end)).map(translate).join('|')})`;
      i = end;
    } else {
      out += c.replace(/[.+^$()|\\\]}]/g, '\\$&');
    }
  }
  return out;
}

function closingBrace(glob: string, open: number): number {
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (body[i] === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}
