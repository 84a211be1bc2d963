// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Controls.impl
import Welcome

// A tappable row on Home: a symbol and a sentence saying where it leads, wrapped rather than cut short.
// Plain items rather than an ItemDelegate: Home shows it on the first frame.
Tappable {
    id: row

    /** What the row leads to, as a sentence. */
    property string text
    /** A monochrome symbol, drawn in the text's colour. */
    property url icon

    implicitWidth: 320
    implicitHeight: Math.max(48, label.implicitHeight + 20)
    radius: 8
    color: pressed ? Qt.rgba(0.5, 0.5, 0.5, 0.15) : "transparent"
    Accessible.name: text

    Row {
        x: 16
        width: parent.width - 32
        anchors.verticalCenter: parent.verticalCenter
        spacing: 16

        IconImage {
            anchors.verticalCenter: parent.verticalCenter
            source: row.icon
            sourceSize.width: 24
            sourceSize.height: 24
            color: row.Material.foreground
            Accessible.ignored: true
        }
        Text {
            id: label
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width - 40
            text: row.text
            color: row.Material.foreground
            font.pixelSize: 14
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignLeft
            Accessible.ignored: true
        }
    }
}
