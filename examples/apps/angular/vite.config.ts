// Vite bundles what Angular's ahead-of-time compiler (`ngc -p .`) wrote to out-tsc/. Angular's own packages ship
// partially compiled: the Angular linker (a Babel plugin, as in Angular's CLI) finishes them, so the page needs no
// JIT compiler at run time.
import { transformAsync } from '@babel/core';
import linker from '@angular/compiler-cli/linker/babel';
import { defineConfig, type Plugin } from 'vite';

function angularLinker(): Plugin {
  return {
    name: 'angular-linker',
    async transform(code, id) {
      if (!/[\\/]node_modules[\\/]@angular[\\/]/.test(id) || !code.includes('ɵɵngDeclare')) return null;
      const result = await transformAsync(code, {
        filename: id,
        sourceMaps: true,
        compact: false,
        configFile: false,
        babelrc: false,
        plugins: [linker],
      });
      return result?.code ? { code: result.code, map: result.map } : null;
    },
  };
}

export default defineConfig({
  plugins: [angularLinker()],
  // A production build, as Angular's CLI makes it: development checks and the JIT compiler left out.
  define: { ngDevMode: 'false', ngJitMode: 'false', ngI18nClosureMode: 'false' },
});
