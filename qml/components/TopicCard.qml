// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material

// A tile on Home: a topic's symbol and name. Built from plain items, not a Control: Home shows 13 of them on the
// first frame, and a Material ItemDelegate with a layout costs several times as much to create.
Tappable {
    id: card

    /** The topic's icon name (qml/icons/topic-<name>.svg). */
    property string symbol
    /** The topic's name. */
    property string heading

    readonly property color baseColor: Material.theme === Material.Dark ? "#24292e" : "#F3F6FA"

    implicitWidth: 150
    implicitHeight: Math.max(88, label.y + label.implicitHeight + 12)
    radius: 12
    color: pressed ? Qt.darker(baseColor, 1.08) : baseColor
    border.color: activeFocus ? Material.accentColor : (Material.theme === Material.Dark ? "#3c4043" : "#dde3ea")
    border.width: activeFocus ? 2 : 1
    Accessible.name: heading

    Image {
        id: icon
        x: card.LayoutMirroring.enabled ? card.width - width - 12 : 12
        y: 12
        source: "../icons/topic-" + card.symbol + ".svg"
        sourceSize.width: 30
        sourceSize.height: 30
        Accessible.ignored: true
    }
    Text {
        id: label
        x: 12
        y: icon.y + icon.height + 6
        width: card.width - 24
        text: card.heading
        color: card.Material.foreground
        wrapMode: Text.Wrap
        maximumLineCount: 3
        elide: Text.ElideRight
        font.pixelSize: 14
        font.weight: Font.Medium
        horizontalAlignment: Text.AlignLeft
        Accessible.ignored: true
    }
}
