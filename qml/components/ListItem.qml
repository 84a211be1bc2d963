// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Welcome

// A two-line list row with an optional leading symbol and a note (e.g. the language shown).
ItemDelegate {
    id: item

    /** First line. */
    property string heading
    /** Second line; hidden when empty. */
    property string detail
    /** An icon name shown at the start (qml/icons/topic-<name>.svg). */
    property string symbol
    /** A short note after the title, e.g. "English". */
    property string note

    width: ListView.view ? ListView.view.width : implicitWidth
    padding: Theme.margin
    Accessible.name: note.length > 0 ? heading + ". " + detail + " (" + note + ")" : heading + ". " + detail
    Accessible.onPressAction: item.clicked()

    contentItem: RowLayout {
        spacing: Theme.margin

        Image {
            visible: item.symbol.length > 0
            source: item.symbol.length > 0 ? "../icons/topic-" + item.symbol + ".svg" : ""
            sourceSize.width: 28
            sourceSize.height: 28
            Layout.alignment: Qt.AlignTop
            Accessible.ignored: true
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: item.heading
                    wrapMode: Text.Wrap
                    font.pixelSize: 17
                    font.weight: Font.Medium
                    horizontalAlignment: Text.AlignLeft
                }
                Label {
                    visible: item.note.length > 0
                    text: item.note
                    font.pixelSize: Theme.smallFont
                    opacity: 0.7
                }
            }
            Label {
                Layout.fillWidth: true
                visible: item.detail.length > 0
                text: item.detail
                wrapMode: Text.Wrap
                opacity: 0.75
                maximumLineCount: 3
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignLeft
            }
        }
    }
}
