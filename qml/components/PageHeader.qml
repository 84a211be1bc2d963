// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Welcome

// A page's title bar, with a back button when the page was pushed.
ToolBar {
    id: header

    /** The title shown in the bar. */
    property string title
    /** Whether to show the back button. */
    property bool canGoBack: false

    signal backClicked

    Material.foreground: "white"

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: header.canGoBack ? 0 : Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: 0

        ToolButton {
            visible: header.canGoBack
            icon.source: App.rightToLeft ? "../icons/forward.svg" : "../icons/back.svg"
            onClicked: header.backClicked()
            Accessible.name: qsTr("Back")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Back")
        }
        Label {
            Layout.fillWidth: true
            text: header.title
            elide: Label.ElideRight
            font.pixelSize: 20
            font.weight: Font.Medium
            horizontalAlignment: Qt.AlignLeft
            Accessible.role: Accessible.Heading
        }
    }
}
