/**
 * One way for every plugin that swaps an upstream module for a stand-in of its own: the bundler's
 * NormalModuleReplacementPlugin, limited to the importing files the plugin names, and a check after
 * each compilation that the stand-in is in it (also for the redirects made by `resolve.alias`).
 * Upstream moves or renames its internal files between versions; without the check a redirect that
 * no longer matches would fail silently, and the saving (or the fix) it exists for would vanish with
 * every test still green.
 */
import type {CurrentBundler, Plugin} from '@docusaurus/types';

export interface ImportRedirect {
  /** Who asks and for what, as the build error names it: `plugins/workarounds/search-yo-folding: lunr-languages/lunr.ru`. */
  readonly name: string;
  /** The import request to replace, as written in the importing file. */
  readonly request: RegExp;
  /** Whether an import from this file is replaced; the stand-in's own import of the original is not. */
  readonly issuer: (issuer: string) => boolean;
  /** Absolute path of the module that takes its place. */
  readonly standIn: string;
}

/** A bundler plugin as Docusaurus's `configureWebpack` takes it (webpack's types serve Rspack too). */
type ConfigureWebpackResult = Exclude<ReturnType<NonNullable<Plugin['configureWebpack']>>, void>;
type BundlerPlugin = NonNullable<NonNullable<ConfigureWebpackResult['plugins']>[number]>;
/** The compiler a plugin function is applied to. */
type Compiler = Parameters<Extract<BundlerPlugin, (...args: never[]) => void>>[0];

/**
 * A bundler plugin that fails the compilation when the module at `standIn` is not in it: the proof
 * that a redirect to it (by `replaceImport` or by a `resolve.alias`) still matches something.
 * Checked on the compiled modules, not by counting replacements: a warm persistent cache compiles
 * without resolving the import again, yet the stand-in is in the compilation all the same.
 */
export function expectStandIn(name: string, standIn: string): BundlerPlugin {
  return {
    apply(compiler: Compiler) {
      compiler.hooks.afterCompile.tap(name, (compilation) => {
        for (const module of compilation.modules) {
          if ('resource' in module && module.resource === standIn) return;
        }
        compilation.errors.push(
          new Error(
            `${name}: the import redirect to ${standIn} matched nothing. The upstream file it ` +
              `replaces has probably moved or been renamed: update the redirect, or remove the ` +
              `workaround if upstream no longer needs it.`,
          ),
        );
      });
    },
  };
}

/** The bundler plugins that carry out `redirect` and fail the compilation when it matched nothing. */
export function replaceImport(bundler: CurrentBundler, redirect: ImportRedirect): BundlerPlugin[] {
  return [
    new bundler.instance.NormalModuleReplacementPlugin(redirect.request, (resource) => {
      if (redirect.issuer(resource.contextInfo.issuer)) resource.request = redirect.standIn;
    }),
    expectStandIn(redirect.name, redirect.standIn),
  ];
}
