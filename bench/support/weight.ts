/**
 * The initial weight of the built app: the JS and CSS that `dist/index.html` loads before anything
 * else — the entry script, its static imports (followed through every chunk) and the stylesheets —
 * gzip-compressed (level 9) as a server would send them. Chunks reached only by `import()` load
 * later and are not counted.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  jsGzip: number;
  cssGzip: number;
  jsFiles: string[];
  cssFiles: string[];
}

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]+)"`))?.[1];

/** Static `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"` in built code. */
const STATIC_IMPORT = /(?:^|[\s;{}])(?:import|export)\s*(?:[^"'();]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

export async function initialWeight(distDir: string): Promise<Weight> {
  const html = await readFile(path.join(distDir, 'index.html'), 'utf8');
  const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? [];
  const scripts = tags.flatMap((tag) => {
    const src = tag.startsWith('<script')
      ? attr(tag, 'src')
      : attr(tag, 'rel') === 'modulepreload'
        ? attr(tag, 'href')
        : undefined;
    return src ? [path.join(distDir, src)] : [];
  });
  const styles = tags.flatMap((tag) => {
    const href = tag.startsWith('<link') && attr(tag, 'rel') === 'stylesheet' ? attr(tag, 'href') : undefined;
    return href ? [path.join(distDir, href)] : [];
  });
  const seen = new Set<string>();
  const queue = [...scripts];
  let jsGzip = 0;
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(file);
    jsGzip += gzipSync(code, { level: 9 }).length;
    for (const match of code.toString('utf8').matchAll(STATIC_IMPORT)) {
      queue.push(path.join(path.dirname(file), match[1] as string));
    }
  }
  let cssGzip = 0;
  for (const file of styles) cssGzip += gzipSync(await readFile(file), { level: 9 }).length;
  const relative = (file: string) => path.relative(distDir, file);
  return { jsGzip, cssGzip, jsFiles: [...seen].map(relative), cssFiles: styles.map(relative) };
}
