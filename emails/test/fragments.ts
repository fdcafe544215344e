const preheader = /<div style="display:none[^"]*">([^<]*)<\/div>/;

/** The parts of a rendered email a reviewer cares about, without MJML's table boilerplate. */
export function keyFragments(html: string) {
  const first = (re: RegExp) => re.exec(html)?.[1];
  return {
    lang: first(/<html lang="([^"]*)"/),
    title: first(/<title>([^<]*)<\/title>/),
    preheader: first(preheader),
    heading: first(/<h1[^>]*>([^<]*)<\/h1>/),
    links: [...html.matchAll(/<a href="([^"]*)"[^>]*>\s*([\s\S]*?)\s*<\/a>/g)].map(
      ([, href, label]) => `${label} -> ${href}`,
    ),
    visibleText: html
      .replace(/<head>[\s\S]*<\/head>/, '')
      .replace(preheader, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;|\s+/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim(),
  };
}
