import { escapeHtml as e } from './html-escape.js';

export interface HtmlPage {
  lang: string;
  title: string;
  css: string;
  body: string;
  /** Inline SVG charts as data: images need `img-src data:`; pages without them allow nothing. */
  images?: boolean;
}

/** A self-contained page: no script, no outside request (the CSP forbids both). */
export function htmlPage(p: HtmlPage): string {
  const csp = `default-src 'none'; style-src 'unsafe-inline'${p.images ? '; img-src data:' : ''}`;
  return `<!DOCTYPE html>
<html lang="${p.lang === 'zh-Hans' ? 'zh-Hans' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(p.title)}</title>
<style>${p.css}</style>
</head>
<body>
${p.body}
</body>
</html>
`;
}
