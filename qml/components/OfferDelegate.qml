// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Welcome

// A place that helps, in a list: its name and address; opens the offer page.
ItemDelegate {
    id: row

    required property string offerId
    required property string name
    required property string address

    padding: 12
    onClicked: App.open("offer", [row.offerId])
    Accessible.name: row.address.length > 0 ? row.name + ", " + row.address : row.name
    Accessible.onPressAction: row.clicked()

    contentItem: ColumnLayout {
        spacing: 2
        Label {
            Layout.fillWidth: true
            text: row.name
            font.pixelSize: 16
            font.weight: Font.Medium
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
        Label {
            Layout.fillWidth: true
            visible: row.address.length > 0
            text: row.address
            opacity: 0.75
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
    }
}
