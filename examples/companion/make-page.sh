#!/bin/sh
# The page an app bundles: the notice of a policy as static HTML with the policy inline (readable before the script
# runs, nothing fetched), and the runtime files of privacy-notice next to it.
#   sh make-page.sh privacy.json privacy/ [LANG]   (LANG: the reader's language, default en; PRIVACY_NOTICE: the
#                                                   package folder, default node_modules/privacy-notice)
set -eu
policy=$1
out=$2
lang=${3:-en}
package=${PRIVACY_NOTICE:-node_modules/privacy-notice}
mkdir -p "$out"
cp -R "$package/dist/browser/." "$out"
{
  printf '%s\n' '<!doctype html>' "<html lang=\"$lang\">" '<head>' '<meta charset="utf-8">' \
    '<meta name="viewport" content="width=device-width, initial-scale=1">' \
    '<script type="module" src="privacy-notice.js"></script>' '</head>' '<body>' '<main>'
  node "$package/bin/privacy-notice.js" render "$policy" --lang "$lang" --fragment --embed --heading-level 1
  printf '%s\n' '</main>' '</body>' '</html>'
} >"$out/index.html"
