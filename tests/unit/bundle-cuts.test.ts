/**
 * What the client build drops of the theme's styles, and the check that stops the build when a page
 * or component still uses one of them, or a built file names the build machine (plugins/workarounds/bundle-cuts).
 */
import postcss from 'postcss';
import {describe, expect, it} from 'vitest';
import {leftOutUses, machinePathsIn} from '../../plugins/workarounds/bundle-cuts/builtFilesCheck';
import {dropLeftOutRules} from '../../plugins/workarounds/bundle-cuts/leftOutCss';

async function dropped(css: string): Promise<string> {
  // As the cascade-layers plugin leaves a file: its rules moved into a layer.
  const wrapInLayer = {
    postcssPlugin: 'wrap',
    Once(root: postcss.Root) {
      const before = root.clone();
      root.removeAll();
      root.append({type: 'atrule', name: 'layer', params: 'infima', nodes: before.nodes});
    },
  };
  // The plugin types the little of PostCSS it touches itself: postcss is only Docusaurus's dependency.
  const drop = dropLeftOutRules as unknown as postcss.Plugin;
  const result = await postcss([wrapInLayer, drop]).process(css, {from: 'infima.css'});
  return result.css.replace(/\s+/g, '');
}

describe('left-out styles', () => {
  it('drops the rules of left-out blocks, their elements and modifiers, and emptied at-rules', async () => {
    const css = `.alert{color:red}.alert--info{color:blue}.card__body,.menu{margin:0}
      @media (min-width:1px){.badge--info{color:green}}.pagination-nav__link{color:black}`;
    expect(await dropped(css)).toBe(
      '@layerinfima{.menu{margin:0}.pagination-nav__link{color:black}}',
    );
  });

  it('stops the build when a page or script uses a left-out class', () => {
    expect(leftOutUses('404.html', '<div class="alert alert--info">x</div>')).toEqual([
      expect.stringContaining('"alert"'),
      expect.stringContaining('"alert--info"'),
    ]);
    expect(leftOutUses('assets/js/a.js', 'className:"card__body"')).toEqual([
      expect.stringContaining('take "card" off the list'),
    ]);
    // A block's bare name in a script is an ordinary word; another block's name is its own.
    expect(leftOutUses('assets/js/a.js', '{badge:!1,"card":1,c:"pagination-nav__link"}')).toEqual(
      [],
    );
    expect(leftOutUses('index.html', '<nav class=pagination-nav><p>alert card</p></nav>')).toEqual(
      [],
    );
  });
});

describe('build machine folders in built files', () => {
  const folders = ['/home/ana/nc-sos', '/home/ana'];

  it('finds the site folder in the config and a generated module path, and the home', () => {
    expect(
      machinePathsIn('remarkPlugins:[null,[null,{siteDir:"/home/ana/nc-sos"}]]', folders),
    ).toHaveLength(2);
    expect(machinePathsIn('"/home/ana/nc-sos/.docusaurus/x/report.json"', folders)).toHaveLength(2);
    expect(machinePathsIn("'/home/ana/notes'", folders)).toEqual([
      expect.stringContaining('"/home/ana"'),
    ]);
  });

  it('leaves alone words that only begin like a folder, and the site’s own addresses', () => {
    expect(machinePathsIn('/home/anatomy /home/ana-b href="/history/sphere"', folders)).toEqual([]);
  });
});
