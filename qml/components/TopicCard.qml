// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A tile on Home: a topic's symbol and name.
ItemDelegate {
    id: card

    /** The topic's icon name (qml/icons/topic-<name>.svg). */
    property string symbol
    /** The topic's name. */
    property string heading

    padding: 12
    Accessible.name: heading
    Accessible.onPressAction: card.clicked()

    background: Rectangle {
        radius: 12
        color: card.down ? Qt.darker(baseColor, 1.08) : baseColor
        border.color: Material.theme === Material.Dark ? "#3c4043" : "#dde3ea"
        readonly property color baseColor: Material.theme === Material.Dark ? "#24292e" : "#F3F6FA"
    }

    contentItem: ColumnLayout {
        spacing: 6
        Image {
            source: "../icons/topic-" + card.symbol + ".svg"
            sourceSize.width: 30
            sourceSize.height: 30
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            text: card.heading
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            font.pixelSize: 15
            font.weight: Font.Medium
            horizontalAlignment: Text.AlignLeft
        }
    }
}
