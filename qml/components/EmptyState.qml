// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Welcome

// A friendly message where a list or page has nothing to show.
Label {
    /** What the user sees. */
    property string message

    text: message
    wrapMode: Text.Wrap
    horizontalAlignment: Text.AlignHCenter
    opacity: 0.7
    padding: Theme.margin * 2
    font.pixelSize: Theme.bodyFont
    Accessible.name: message
}
