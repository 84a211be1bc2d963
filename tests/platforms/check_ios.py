#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the iOS bundle's configured Info.plist, entitlements and per-language InfoPlist.strings with plistlib.

usage: check_ios.py IOS_BUILD_DIR IOS_SOURCE_DIR SOURCE_ROOT LINK_HOST VERSION"""
import plistlib
import re
import sys
from pathlib import Path

import permissions

failures = []


def check(ok, message):
    print(('PASS ' if ok else 'FAIL ') + message)
    if not ok:
        failures.append(message)


def strings_file(path):
    """An old-style .strings file: "key" = "value"; lines (comments allowed). Returns None when a line is not of that form."""
    entries = {}
    for line in path.read_text(encoding='utf-8').splitlines():
        line = line.strip()
        if not line or (line.startswith('/*') and line.endswith('*/')):
            continue
        m = re.fullmatch(r'"((?:[^"\\]|\\.)+)"\s*=\s*"((?:[^"\\]|\\.)*)";', line)
        if not m:
            return None
        entries[m.group(1)] = m.group(2)
    return entries


def main():
    build, source, source_root, host, version = sys.argv[1:6]
    info = plistlib.loads(Path(build, 'Info.plist').read_bytes())
    entitlements = plistlib.loads(Path(build, 'Welcome.entitlements').read_bytes())

    check(info.get('CFBundleIdentifier') == 'ch.welcome.app', 'bundle id ch.welcome.app')
    check(info.get('CFBundleShortVersionString') == version, f'version {version} (from the project version)')
    check(str(info.get('CFBundleVersion', '')).isdigit(), 'numeric build number')

    # Usage descriptions: exactly for what the code uses.
    needed = permissions.expected(source_root, 2)
    present = {k for k in info if k in permissions.all_known(2)}
    check(needed == present, f'usage descriptions for exactly the capabilities used (needed {sorted(needed)}, '
          f'present {sorted(present)})')

    # Languages: the bundle lists every UI language, and each has its usage texts.
    # English is the source language of the UI strings, so it has no .ts file.
    ui = sorted({'en'} | {p.stem.split('_', 1)[1] for p in Path(source_root, 'translations').glob('welcome_*.ts')})
    check(sorted(info.get('CFBundleLocalizations', [])) == ui, f'CFBundleLocalizations are the UI languages {ui}')
    localized = needed | {d['CFBundleTypeName'] for d in info.get('CFBundleDocumentTypes', [])}
    for lang in ui:
        path = Path(source, f'{lang}.lproj', 'InfoPlist.strings')
        entries = strings_file(path) if path.exists() else None
        check(entries is not None and localized <= set(entries) and all(entries[k].strip() for k in localized),
              f'{lang}.lproj/InfoPlist.strings translates {sorted(localized)}')

    # welcome://, the Universal Link and the backup document type.
    schemes = [s for t in info.get('CFBundleURLTypes', []) for s in t.get('CFBundleURLSchemes', [])]
    check(schemes == ['welcome'], 'the welcome:// scheme is registered')
    check(entitlements.get('com.apple.developer.associated-domains') == [f'applinks:{host}'],
          f'associated domain applinks:{host}')
    exported = {t['UTTypeIdentifier']: t for t in info.get('UTExportedTypeDeclarations', [])}
    docs = [d for d in info.get('CFBundleDocumentTypes', []) if 'ch.welcome.personal-data' in d.get('LSItemContentTypes', [])]
    check(bool(docs) and 'ch.welcome.personal-data' in exported
          and 'public.json' in exported['ch.welcome.personal-data'].get('UTTypeConformsTo', []),
          'the personal-data backup is a declared document type that conforms to JSON')
    check(info.get('UILaunchStoryboardName') == 'LaunchScreen' and Path(source, 'LaunchScreen.storyboard').exists(),
          'a launch screen, so the app runs at the native screen size')

    print(f'{len(failures)} of the checks failed' if failures else 'all iOS checks passed')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
