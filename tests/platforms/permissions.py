# SPDX-License-Identifier: GPL-3.0-or-later
"""What the app's code uses that a phone must grant: one table, read by the Android and the iOS checks.

Each capability is recognised by the Qt API the code calls for it; a declared permission nobody uses is as wrong as a used
one nobody declared (stores reject the first, phones crash or refuse on the second)."""
import pathlib
import re

# capability -> (regex over app/ and qml/ sources, Android permissions, iOS usage-description keys)
CAPABILITIES = {
    'network': (r'\bQNetworkAccessManager\b', {'android.permission.INTERNET'}, set()),
    'network-state': (r'\bQNetworkInformation\b', {'android.permission.ACCESS_NETWORK_STATE'}, set()),
    'location': (r'\bQGeoPositionInfoSource\b|\bPositionSource\s*\{',
                 {'android.permission.ACCESS_FINE_LOCATION', 'android.permission.ACCESS_COARSE_LOCATION'},
                 {'NSLocationWhenInUseUsageDescription'}),
    'camera': (r'\bQCamera\b|\bCaptureSession\s*\{|\bCamera\s*\{',
               {'android.permission.CAMERA'}, {'NSCameraUsageDescription'}),
}


def used_capabilities(source_root):
    """The capabilities whose API appears in the app's C++ or QML."""
    root = pathlib.Path(source_root)
    files = [p for d in ('app', 'qml') for p in (root / d).rglob('*') if p.suffix in ('.cpp', '.h', '.qml')]
    text = '\n'.join(p.read_text(encoding='utf-8') for p in files)
    return {name for name, (pattern, _, _) in CAPABILITIES.items() if re.search(pattern, text)}


def expected(source_root, index):
    """Android permissions (index 1) or iOS usage keys (index 2) the used capabilities need."""
    out = set()
    for name in used_capabilities(source_root):
        out |= CAPABILITIES[name][index]
    return out


def all_known(index):
    out = set()
    for value in CAPABILITIES.values():
        out |= value[index]
    return out
