// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// Sizes and colours shared by every page.
QtObject {
    readonly property color primary: "#0B5394"
    readonly property color accent: "#C2410C"
    readonly property color emergency: "#B3261E"
    readonly property int spacing: 8
    readonly property int margin: 16
    /** Text column width on wide windows: long lines are hard to read. */
    readonly property int maxContentWidth: 720
    readonly property int smallFont: 12
    readonly property int bodyFont: 16
    readonly property int titleFont: 24
    readonly property int headlineFont: 28
}
