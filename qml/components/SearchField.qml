// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Welcome

// A search box that opens the search page; on Home and in the Guide.
ItemDelegate {
    id: field

    implicitHeight: 48
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Search the guide")
    Accessible.onPressAction: field.clicked()
    onClicked: App.open("search")

    background: Rectangle {
        radius: 24
        color: Material.theme === Material.Dark ? "#2b3036" : "#EEF2F7"
        border.color: field.visualFocus ? Material.accent : "transparent"
    }
    contentItem: RowLayout {
        spacing: 12
        Image {
            source: "../icons/search.svg"
            sourceSize.width: 22
            sourceSize.height: 22
            opacity: 0.6
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Search, e.g. health insurance")
            opacity: 0.65
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignLeft
        }
    }
}
