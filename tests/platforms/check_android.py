#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the Android package sources without an SDK: aapt (Debian) compiles the configured manifest and resources against
the Android framework's resources, and the manifest's promises are checked one by one.

usage: check_android.py PACKAGE_DIR FRAMEWORK_RES_APK SOURCE_ROOT LINK_HOST VERSION_CODE"""
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import permissions

A = '{http://schemas.android.com/apk/res/android}'
# Attributes newer than Debian's framework-res (API 29), which aapt would not know; checked by name below instead.
NEWER_THAN_FRAMEWORK = {'dataExtractionRules'}
failures = []


def check(ok, message):
    print(('PASS ' if ok else 'FAIL ') + message)
    if not ok:
        failures.append(message)


def main():
    package, framework, source_root, host, version_code = sys.argv[1:6]
    package = Path(package)
    manifest_path = package / 'AndroidManifest.xml'
    ET.register_namespace('android', A[1:-1])
    tree = ET.parse(manifest_path)
    root = tree.getroot()
    app = root.find('application')

    # 1. aapt compiles it (every attribute name, every @xml/@mipmap reference resolved).
    with tempfile.TemporaryDirectory() as tmp:
        stripped = ET.parse(manifest_path)
        for el in stripped.iter():
            for name in NEWER_THAN_FRAMEWORK:
                el.attrib.pop(A + name, None)
        stripped.write(Path(tmp) / 'AndroidManifest.xml', encoding='utf-8', xml_declaration=True)
        run = subprocess.run(['aapt', 'package', '-f', '-M', str(Path(tmp) / 'AndroidManifest.xml'), '-S',
                              str(package / 'res'), '-I', framework, '-F', str(Path(tmp) / 'out.apk')],
                             capture_output=True, text=True)
        check(run.returncode == 0, 'aapt compiles the manifest and res/ against framework-res' +
              ('' if run.returncode == 0 else ': ' + run.stderr.strip()))
        if run.returncode == 0:
            dump = subprocess.run(['aapt', 'dump', 'permissions', str(Path(tmp) / 'out.apk')],
                                  capture_output=True, text=True).stdout
            check('package: ch.welcome.app' in dump, 'the compiled package is ch.welcome.app')

    # 2. Version and keyboard.
    check(root.get(A + 'versionCode') == version_code, f'versionCode is {version_code} (from the project version)')
    activity = app.find('activity')
    check('adjustResize' in (activity.get(A + 'windowSoftInputMode') or ''), 'the keyboard resizes the window (adjustResize)')

    # 3. Permissions: declared exactly what the code uses.
    declared = {p.get(A + 'name') for p in root.findall('uses-permission')}
    needed = permissions.expected(source_root, 1)
    check(not (needed - declared), 'every permission the code needs is declared' +
          ('' if not (needed - declared) else f': missing {sorted(needed - declared)}'))
    unused = (declared - needed)
    check(not unused, 'every declared permission is used' + ('' if not unused else f': unused {sorted(unused)}'))

    # 4. Backups never carry user.db; the FileProvider shares only the exports.
    check(app.get(A + 'allowBackup') == 'false' or (app.get(A + 'fullBackupContent') == '@xml/backup_rules'
          and app.get(A + 'dataExtractionRules') == '@xml/data_extraction_rules'),
          'backups follow backup_rules (Android 6-11) and data_extraction_rules (12+)')
    rules = ET.parse(package / 'res/xml/backup_rules.xml').getroot()
    check(any(e.get('path') == 'user.db' and e.get('domain') == 'file' for e in rules.findall('exclude')),
          'backup_rules exclude user.db')
    extraction = ET.parse(package / 'res/xml/data_extraction_rules.xml').getroot()
    for section in ('cloud-backup', 'device-transfer'):
        part = extraction.find(section)
        check(part is not None and any(e.get('path') == 'user.db' for e in part.findall('exclude')),
              f'data_extraction_rules exclude user.db from {section}')
    provider = app.find('provider')
    check(provider is not None and provider.get(A + 'name') == 'androidx.core.content.FileProvider'
          and provider.get(A + 'exported') == 'false' and provider.get(A + 'grantUriPermissions') == 'true',
          'a private FileProvider grants per-file access for sharing')
    paths = ET.parse(package / 'res/xml/file_paths.xml').getroot()
    shared = [(e.tag, e.get('path')) for e in paths]
    check(shared and all(p not in ('', '.', '/') for _, p in shared), f'the FileProvider shares sub-folders only {shared}')

    # 5. Deep links: welcome://r/<code> and the verified https link on the content's host.
    filters = activity.findall('intent-filter')

    def data_of(f):
        return [(d.get(A + 'scheme'), d.get(A + 'host'), d.get(A + 'path')) for d in f.findall('data')]
    views = [f for f in filters if any(a.get(A + 'name') == 'android.intent.action.VIEW' for a in f.findall('action'))]
    check(any(('welcome', 'r', None) in data_of(f) for f in views), 'welcome://r/… opens the app')
    https = [f for f in views if ('https', host, '/r') in data_of(f)]
    check(len(https) == 1 and https[0].get(A + 'autoVerify') == 'true'
          and any(c.get(A + 'name') == 'android.intent.category.BROWSABLE' for c in https[0].findall('category')),
          f'https://{host}/r is a verified, browsable App Link')
    check(all(d.get(A + 'mimeType') == 'application/json' for f in views for d in f.findall('data')
              if d.get(A + 'scheme') == 'content'), 'a backup file (application/json) can be opened with the app')

    print(f'{len(failures)} of the checks failed' if failures else 'all Android checks passed')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
